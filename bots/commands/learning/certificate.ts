import type { Certificate } from '../../../src/certificates/model';
import { certificateView } from '../../../src/certificates/service';
import type { Command } from '../types';
import { allProgress, packBlocks, privateOnly, resolveLearner, verifyPath } from './shared';

/** 证书: my certificates with number and verification code, or what each open course still needs. */
export const certificateCommand: Command = {
  name: '证书',
  aliases: ['certificate'],
  usage: '证书',
  summary: '查看证书编号和验证码，或还差哪些内容',
  async handle(ctx) {
    const refusal = privateOnly(ctx, '证书');
    if (refusal) return refusal;
    const session = await resolveLearner(ctx);
    const certs = ((await session.models.Certificate.find({ learnerId: session.learner.id }).sort({ issuedAt: 1 }).lean()) as Certificate[]).map(certificateView);
    const blocks = certs.map((c) =>
      [
        `《${c.courseTitle}》结业证书${c.status === 'valid' ? '' : '（已撤销）'}`,
        `证书编号：${c.number}`,
        `验证码：${c.code}`,
        `发证日期：${c.issuedAt.slice(0, 10)}`,
        `验证地址：${verifyPath(c.code)}`,
      ].join('\n'),
    );
    for (const { progress: p } of await allProgress(session)) {
      if (p.certificate || p.complete) continue;
      const missing: string[] = [];
      if (p.lessonsRead < p.lessonsTotal) missing.push(`还有 ${p.lessonsTotal - p.lessonsRead} 节课时未学`);
      for (const m of p.modules) if (m.quiz && !m.quiz.passed) missing.push(`《${m.quiz.title}》未通过`);
      if (p.finalExam && !p.finalExam.passed) missing.push(`《${p.finalExam.title}》未通过`);
      blocks.push(`《${p.title}》尚未获得证书：\n${missing.map((x) => `· ${x}`).join('\n')}`);
    }
    if (!blocks.length) return '您还没有证书，目前也没有向您开放的课程。';
    return packBlocks(blocks);
  },
};
