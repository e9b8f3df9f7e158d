/**
 * A hidden, neutral user name for a form with a passphrase field. Chromium's password manager
 * takes the text before a password as its user name, or for want of one the password itself,
 * and records it in clear in its profile (`Login Data`, when its offer to save is dismissed):
 * the ward's name, then the passphrase typed on the lock screen (Chromium 150). Never shown,
 * never read.
 */
export function NeutralUserName() {
  return <input type="text" autoComplete="username" value="releve" readOnly hidden />;
}
