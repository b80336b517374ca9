// How fast the MongoDB read-model store commits, in documents per second, for batches of 1,000 puts of churn_inputs
// documents (the largest read model) as the projector sends them. A quick measure, not a test. Per round:
//   new      a batch of 1,000 documents not yet stored (a rebuild); the collection grows by 1,000 per round
//   replay   the same batch again, as after a crash: one read, every write already applied
//   replace  documents stored at an older position (catching up); FerretDB 1.24 scans the collection for each,
//            so this case replaces a sample of 50 and its rate falls as the collection grows
//   load     reading 1,000 documents by id, as the projector does before each batch
//   raw      insertMany of 1,000 such documents with no guard: the server's own limit on this machine
// Usage: npm run build && MONGODB_URL=mongodb://127.0.0.1:27017/ node bench/mongodb-commit.bench.mjs [rounds]
import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { CHURN_INPUTS_COLLECTION, createMongoReadModelStore } from '../dist/index.js';

const url = process.env.MONGODB_URL;
if (!url) {
  console.error('Set MONGODB_URL (e.g. eval "$(../../tools/ferretdb/start-ferretdb.sh)").');
  process.exit(2);
}
const rounds = Number(process.argv[2] ?? 5);
const batch = 1000;
const database = `concord_bench_${randomUUID().slice(0, 8)}`;
const store = createMongoReadModelStore({ url, database, serverSelectionTimeoutMS: 2000 });
const client = new MongoClient(url, { serverSelectionTimeoutMS: 2000 });

const day = (n) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString();
const churnDocument = (n, version) => ({
  customerId: `c-${n}`,
  status: 'active',
  relationshipManagerId: `rm-${n % 40}`,
  segment: ['mass', 'affluent', 'private_banking'][n % 3],
  valueTier: 'silver',
  activeSince: day(n % 300),
  lastContactAt: day((n % 300) + version),
  complaints: [
    { complaintId: `k-${n}-1`, receivedAt: day(10), dueAt: day(25), resolvedAt: day(20) },
    { complaintId: `k-${n}-2`, receivedAt: day(40 + version), dueAt: day(55 + version), resolvedAt: null },
  ],
  latestCsat: { surveyId: `s-${n}-1`, kind: 'csat', score: 2, respondedAt: day(50) },
  latestNps: { surveyId: `s-${n}-2`, kind: 'nps', score: 9, respondedAt: day(30) },
  lastTwoSurveys: [
    { surveyId: `s-${n}-2`, kind: 'nps', score: 9, respondedAt: day(30) },
    { surveyId: `s-${n}-1`, kind: 'csat', score: 2, respondedAt: day(50) },
  ],
  downgrade: null,
});
const puts = (first, version, position) =>
  Array.from({ length: batch }, (_, i) => ({
    kind: 'put',
    collection: 'churn_inputs',
    id: `c-${first + i}`,
    doc: churnDocument(first + i, version),
    position: position + i,
  }));

const timed = async (documents, work) => {
  const started = performance.now();
  await work();
  return documents / ((performance.now() - started) / 1000);
};

const id = 'bench.v1';
const sample = 50;
await store.prepare({ name: 'bench', version: 1, collections: [CHURN_INPUTS_COLLECTION] });
const raw = client.db(database).collection('raw_inserts');
const server = await client.db(database).command({ buildInfo: 1 });
console.log(
  `MongoDB read-model store on ${server.ferretdbVersion ? `FerretDB ${server.ferretdbVersion}` : `MongoDB ${server.version}`}, ` +
    `documents/s for batches of ${batch} churn_inputs documents (replace: a sample of ${sample})`,
);
console.log('  collection      new   replay  replace     load      raw');
let position = 1;
for (let round = 0; round < rounds; round += 1) {
  const fresh = puts(round * batch, 1, position);
  position += batch;
  const rate = { new: await timed(batch, () => store.commit(id, fresh, position)) };
  rate.replay = await timed(batch, () => store.commit(id, fresh, position));
  const newer = puts(round * batch, 2, position).slice(0, sample);
  position += batch;
  rate.replace = await timed(sample, () => store.commit(id, newer, position));
  rate.load = await timed(batch, () => store.load(id, fresh.map(({ collection, id: docId }) => ({ collection, id: docId }))));
  const encoded = fresh.map(({ id: docId, doc }) => ({ ...doc, _id: `${round}-${docId}`, _position: 1 }));
  rate.raw = await timed(batch, () => raw.insertMany(encoded));
  const size = String((round + 1) * batch).padStart(12);
  console.log(`${size} ${['new', 'replay', 'replace', 'load', 'raw'].map((name) => String(Math.round(rate[name])).padStart(8)).join(' ')}`);
}
await client.db(database).dropDatabase();
await Promise.all([store.close(), client.close()]);
