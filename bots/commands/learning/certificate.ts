import { missingForCertificate } from '../../../src/learning/rules';
import type { Command } from '../types';
import { packBlocks, privateOnly, verifyPath } from './shared';

/** 证书: my certificates with number and verification code, or what each open course still needs. */
export const certificateCommand: Command = {
  name: '证书',
  aliases: ['certificate'],
  usage: '证书',
  summary: '查看证书编号和验证码，或还差哪些内容',
  async handle(ctx) {
    const refusal = privateOnly(ctx, '证书');
    if (refusal) return refusal;
    const { learning } = ctx.areas;
    const learner = await learning.learnerForChat(ctx.talker);
    const [certs, all] = await Promise.all([learning.certificates(learner), learning.allProgress(learner)]);
    const blocks = certs.map((c) =>
      [
        `《${c.courseTitle}》结业证书${c.status === 'valid' ? '' : '（已撤销）'}`,
        `证书编号：${c.number}`,
        `验证码：${c.code}`,
        `发证日期：${c.issuedAt.slice(0, 10)}`,
        `验证地址：${verifyPath(c.code)}`,
      ].join('\n'),
    );
    for (const { progress: p } of all) {
      if (p.certificate) continue;
      // Complete without a certificate: its issue failed and the repair job will issue it.
      if (p.complete) blocks.push(`《${p.title}》您已全部完成，证书正在发放中，请稍后再发送“证书”查看。`);
      else blocks.push(`《${p.title}》尚未获得证书：\n${missingForCertificate(p).map((x) => `· ${x}`).join('\n')}`);
    }
    if (!blocks.length) return '您还没有证书，目前也没有向您开放的课程。';
    return packBlocks(blocks);
  },
};
