/** DATABASE_URL in messages and health reports, never with its password, and why a connection failed. */

/** DATABASE_URL without its password (or any query string, which may hold one), for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    const auth = u.username ? `${decodeURIComponent(u.username)}${u.password ? ':***' : ''}@` : '';
    return `${u.protocol}//${auth}${u.host}${u.pathname}`;
  } catch {
    return '(not a valid address)';
  }
}

/** host:port/database of DATABASE_URL, for health reports. */
export function databaseName(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}`;
  } catch {
    return 'postgres';
  }
}

/** Why a connection failed, in words, with the password scrubbed. */
export function describeConnectError(err: unknown, url: string): string {
  const e = err as { code?: string; message?: string } | null;
  const code = e?.code ?? '';
  let why: string;
  switch (code) {
    case 'ECONNREFUSED':
      why = 'connection refused: nothing is listening at that host and port';
      break;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      why = 'the host name cannot be found';
      break;
    case 'ETIMEDOUT':
      why = 'no answer in time';
      break;
    case '28P01':
      why = 'the password was refused';
      break;
    case '28000':
      why = 'the server refused this user';
      break;
    case '3D000':
      why = 'the database does not exist';
      break;
    case '3F000':
      why = 'the schema named in search_path does not exist';
      break;
    default:
      why = e?.message ? e.message : String(err);
  }
  let password = '';
  try {
    password = decodeURIComponent(new URL(url).password);
  } catch {
    // An unparseable address has no password to hide.
  }
  if (password) why = why.split(password).join('***');
  return why;
}
