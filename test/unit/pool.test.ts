/** `--jobs auto`: how many files the audit pool analyses at once for a given amount of work and cores. */
import assert from 'node:assert/strict';
import { AUTO_MAX_JOBS, AUTO_MIN_BYTES, autoJobs } from '../../server/src/audit/pool';

describe('unit/pool', () => {
  it('runs on one thread until the files add up to enough work to pay for starting workers', () => {
    assert.equal(autoJobs(0, 8), 1);
    assert.equal(autoJobs(AUTO_MIN_BYTES - 1, 8), 1);
    assert.equal(autoJobs(AUTO_MIN_BYTES, 2), 2);
    assert.equal(autoJobs(AUTO_MIN_BYTES, 1), 1);
  });

  it('uses one worker per core, up to the cap', () => {
    assert.equal(autoJobs(200 * 1024 * 1024, 3), 3);
    assert.equal(autoJobs(200 * 1024 * 1024, 64), AUTO_MAX_JOBS);
  });
});
