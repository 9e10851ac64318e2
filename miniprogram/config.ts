/**
 * Where the mini-program finds the server. For local work point `apiBase` at the development
 * machine's LAN address (a phone cannot reach 127.0.0.1) and tick 「不校验合法域名」 in DevTools;
 * a release uses the HTTPS domain registered in the WeChat console.
 */
export const config = {
  apiBase: 'http://127.0.0.1:3000',
  /**
   * With the server's development login (WECHAT_APPID unset), this is sent as the login code and
   * becomes the openid, so the same test user comes back on every sign-in. Empty: use wx.login.
   */
  devLoginCode: '',
};
