// Password rules shared by the server and the browser forms (no native code here).
export const MIN_PASSWORD_LENGTH = 10;
