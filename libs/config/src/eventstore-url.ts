/** What the message about a missing or malformed EVENTSTORE_URL shows. */
export const EVENTSTORE_URL_EXAMPLE = 'esdb://localhost:2113?tls=false';

/**
 * The options @eventstore/db-client 6.2 reads from a connection string. It compares them in lower case without `-`
 * or `_`, and answers any other with a warning that prints the whole string, password included.
 */
const CLIENT_OPTIONS = [
  'connectionName',
  'defaultDeadline',
  'discoveryInterval',
  'gossipTimeout',
  'keepAliveInterval',
  'keepAliveTimeout',
  'maxDiscoverAttempts',
  'nodePreference',
  'tls',
  'tlsCAFile',
  'tlsVerifyCert',
  'throwOnAppendFailure',
  'userCertFile',
  'userKeyFile',
] as const;

const flat = (key: string): string => key.trim().toLowerCase().replace(/[_-]/g, '');
const KNOWN = new Map(CLIENT_OPTIONS.map((option) => [flat(option), option]));

/**
 * What is wrong with EVENTSTORE_URL, as things to do; empty when the client will take it. The messages never
 * quote the URL: it may hold a password. They may name an option, which holds none.
 */
export const eventStoreUrlProblems = (url: string): string[] => {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined || !['esdb', 'esdb+discover'].includes(scheme)) {
    const kurrent = scheme?.startsWith('kurrent') === true;
    return [
      kurrent
        ? `EVENTSTORE_URL starts with ${scheme}://, which the EventStoreDB client Concord uses does not read; the ` +
          'server is the same, so write esdb:// (or esdb+discover://) with the same hosts and options.'
        : `EVENTSTORE_URL must start with esdb:// (one node, or a list of seeds) or esdb+discover:// (a cluster's ` +
          `DNS name), e.g. ${EVENTSTORE_URL_EXAMPLE}.`,
    ];
  }
  const rest = url.slice(scheme.length + 3);
  const [authority = '', query] = rest.split('?', 2);
  const hosts = authority.slice(authority.lastIndexOf('@') + 1).replace(/\/+$/, '');
  const problems: string[] = [];
  if (hosts === '' || hosts.split(',').some((host) => !/^[A-Za-z0-9.-]+(:\d{1,5})?$/.test(host))) {
    problems.push(
      `EVENTSTORE_URL must name the node as host:port (or hosts separated by commas), e.g. ${EVENTSTORE_URL_EXAMPLE}.`,
    );
  }
  for (const pair of query === undefined || query === '' ? [] : query.split('&')) {
    const [key = '', value = ''] = pair.split('=', 2);
    const option = KNOWN.get(flat(key));
    if (option === undefined) {
      problems.push(
        `EVENTSTORE_URL has the option "${key}", which the EventStoreDB client does not know; use only: ` +
          `${CLIENT_OPTIONS.join(', ')}.`,
      );
    } else if (option === 'tlsVerifyCert' && value.trim() === 'false') {
      problems.push(
        'EVENTSTORE_URL sets tlsVerifyCert=false, which the client ignores (printing the URL as it warns): trust ' +
          "the node's certificate authority with tlsCAFile=<file> or NODE_EXTRA_CA_CERTS instead.",
      );
    } else if (option === 'throwOnAppendFailure') {
      problems.push('EVENTSTORE_URL sets throwOnAppendFailure: remove it, Concord handles failed appends itself.');
    }
  }
  return problems;
};
