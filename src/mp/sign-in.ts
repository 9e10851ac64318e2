import type { Redis } from 'ioredis';
import type { Clock } from '../clock';
import type { Config } from '../config';
import { WindowLimit } from '../auth/rate-limit';
import { signToken } from '../auth/tokens';
import { PERSON_TYPES, type PersonType } from '../binding/kinds';
import type { BindingArea } from '../binding/use-cases';
import type { People } from '../people/use-cases';
import { DevLoginCodeInvalid, TooManyLogins } from './errors';
import { maskName } from '../privacy';

/** The one call the mini-program sign-in needs from WeChat (src/wechat implements it). */
export interface MpLogin {
  code2Session(code: string): Promise<{ openid: string; unionid?: string }>;
}

export interface MpBinding {
  personType: PersonType;
  maskedName: string;
}

export interface MpSession {
  token: string;
  expiresIn: number;
  bound: boolean;
  /** The first binding's person type and masked name (instructor before contact), for a greeting. */
  personType: PersonType | null;
  maskedName: string | null;
  bindings: MpBinding[];
}

const DEV_OPENID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Without WeChat credentials nobody could try the mini-program (DevTools, the demo), so outside
 * production the code itself is taken as the openid. `mpLoginFor` never picks it in production.
 */
export const devLogin: MpLogin = {
  async code2Session(code) {
    if (!DEV_OPENID.test(code)) throw new DevLoginCodeInvalid();
    return { openid: code };
  },
};

/** WeChat's jscode2session when the app is configured; the development login when it is not and this is not production. */
export function mpLoginFor(config: Pick<Config, 'WECHAT_APPID' | 'NODE_ENV'>, wechat: MpLogin): MpLogin {
  return !config.WECHAT_APPID && config.NODE_ENV !== 'production' ? devLogin : wechat;
}

export interface MpSignInDeps {
  config: Pick<Config, 'AUTH_SECRET' | 'MP_TOKEN_TTL_S' | 'MP_LOGIN_MAX_PER_IP' | 'MP_LOGIN_WINDOW_S' | 'CACHE_PREFIX'>;
  clock: Clock;
  redis: Redis;
  login: MpLogin;
  binding: Pick<BindingArea, 'find'>;
  people: Pick<People, 'findPerson'>;
}

/** Mini-program sign-in: a wx.login code becomes our token and says who the user is; session_key stays on the server. */
export function createMpSignIn(deps: MpSignInDeps) {
  const perIp = new WindowLimit(deps.redis, `${deps.config.CACHE_PREFIX}:mp-login`, deps.config.MP_LOGIN_MAX_PER_IP, deps.config.MP_LOGIN_WINDOW_S);

  async function bindingsOf(openid: string): Promise<MpBinding[]> {
    const found: MpBinding[] = [];
    for (const personType of PERSON_TYPES) {
      const b = await deps.binding.find({ kind: 'mp', id: openid }, personType);
      const person = b ? await deps.people.findPerson(personType, b.personId) : null;
      if (person) found.push({ personType, maskedName: maskName(person.name) });
    }
    return found;
  }

  return {
    bindingsOf,
    async login(code: string, ip: string): Promise<MpSession> {
      if (!(await perIp.take(ip))) throw new TooManyLogins();
      const session = await deps.login.code2Session(code);
      const bindings = await bindingsOf(session.openid);
      const claims = { sub: session.openid, kind: 'mp' as const, ...(session.unionid ? { unionid: session.unionid } : {}) };
      return {
        token: signToken(claims, deps.config.AUTH_SECRET, deps.config.MP_TOKEN_TTL_S, deps.clock.now()),
        expiresIn: deps.config.MP_TOKEN_TTL_S,
        bound: bindings.length > 0,
        personType: bindings[0]?.personType ?? null,
        maskedName: bindings[0]?.maskedName ?? null,
        bindings,
      };
    },
  };
}

export type MpSignIn = ReturnType<typeof createMpSignIn>;
