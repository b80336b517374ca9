import { describeReadModelStoreContract } from '../../runtime/testing/read-model-store.contract.js';
import { describeAnalystView } from './testing/analyst-view.checks.js';
import { describeWithMongo } from './testing/mongodb-test-database.js';
import { describePositionGuard } from './testing/position-guard.checks.js';
import { describeProjectorOnMongo } from './testing/projector-on-mongo.checks.js';

// FerretDB in CI (`.ci/run` starts it and exports MONGODB_URL), or any MongoDB MONGODB_URL names; skipped without.
describeWithMongo('MongoDB read-model store', (database) => {
  describeReadModelStoreContract('MongoDB', async () => database.createStore());
  describeAnalystView(database);
  describePositionGuard(database);
  describeProjectorOnMongo(database);
});
