import type { Command } from './types';

const PERSON_LABEL = { instructor: '学员', contact: '企业联系人', staff: '工作人员' } as const;

/** 绑定 CODE: links this chat contact to the roster entry the office issued the code for. */
export const bindCommand: Command = {
  name: '绑定',
  aliases: ['bind'],
  usage: '绑定 绑定码',
  summary: '用和创办发放的绑定码绑定您的身份',
  async handle(ctx) {
    // A code typed in a group would be seen (and could be used) by everyone there.
    if (ctx.room) return '为保护您的信息，请私聊我发送“绑定 绑定码”。';
    if (!ctx.args) return '请发送“绑定 绑定码”，例如：绑定 7K3M9QXA。绑定码由所在和创办发放。';
    const bound = await ctx.areas.binding.bindWithCode(ctx.args, { kind: 'bot', id: ctx.talker.id, displayName: ctx.talker.name });
    return `绑定成功！您好，${bound.maskedName}（${PERSON_LABEL[bound.personType]}）。发送“帮助”查看可用功能。`;
  },
};
