import { checkSubscribeField, toSubscribePayload, WechatInvalidRequest } from '../../src/wechat';

describe('subscribe message values WeChat accepts', () => {
  test.each([
    ['thing1', '和谐企业创建：自查自评阶段即将截止'],
    ['thing2', 'x'.repeat(20)],
    ['phrase3', '即将截止'],
    ['name4', '张三丰'],
    ['name5', 'Zhang San'],
    ['number6', '3'.repeat(32)],
    ['number7', '12.5'],
    ['character_string8', 'HX-2026-000123'],
    ['time9', '15:01'],
    ['time10', '2026年12月1日 17:00'],
    ['date11', '2026年12月1日'],
    ['date12', '2026-12-01'],
    ['amount13', '¥100.50'],
    ['phone_number14', '+86-0571-88888888'],
    ['letter15', 'ABC'],
    ['symbol16', '%'],
    ['car_number17', '浙A12345'],
  ])('%s = %s passes', (key, value) => {
    expect(checkSubscribeField(key, value)).toBeUndefined();
  });
});

describe('subscribe message values WeChat would refuse', () => {
  test.each([
    ['thing1', 'x'.repeat(21), 'at most 20 characters'],
    ['phrase2', '六个字的短语', 'at most 5 characters'],
    ['phrase3', 'done', 'Chinese characters only'],
    ['name4', '一二三四五六七八九十一', 'at most 10 characters'],
    ['name5', 'A'.repeat(21), 'at most 20 characters'],
    ['number6', '3'.repeat(33), 'at most 32 characters'],
    ['number7', '12a', 'digits only, with an optional decimal part'],
    ['character_string8', 'c'.repeat(33), 'at most 32 characters'],
    ['character_string9', '编号12', 'digits, letters or symbols only'],
    ['time10', 'tomorrow', 'a time such as 15:01 or 2026年11月26日 15:01'],
    ['date11', '12月1日', 'a date such as 2026年11月26日 or 2026-11-26'],
    ['thing12', '   ', 'must not be empty'],
  ])('%s = %s is refused: %s', (key, value, problem) => {
    expect(checkSubscribeField(key, value)).toBe(problem);
  });

  test('a key of no known type is refused', () => {
    expect(checkSubscribeField('colour1', 'red')).toMatch(/^unknown key type/);
  });

  test('every bad field of a message is listed in one error', () => {
    let err: unknown;
    try {
      toSubscribePayload({ touser: '', templateId: 't', data: { thing1: 'x'.repeat(21), phrase2: 'ok', time3: '17:00' } });
    } catch (caught) {
      err = caught;
    }

    expect(err).toBeInstanceOf(WechatInvalidRequest);
    expect((err as WechatInvalidRequest).details).toEqual([
      { path: 'touser', message: expect.any(String) },
      { path: 'data.thing1', message: 'at most 20 characters' },
      { path: 'data.phrase2', message: 'Chinese characters only' },
    ]);
  });

  test('a message without any field is refused', () => {
    expect(() => toSubscribePayload({ touser: 'openid-1', templateId: 't', data: {} })).toThrow(WechatInvalidRequest);
  });
});
