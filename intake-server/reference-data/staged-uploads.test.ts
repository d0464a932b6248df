import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discardStagedUpload, findStagedUpload, stageUpload, STAGED_UPLOAD_TTL_MS, sweepStagedUploads, takeStagedUpload } from './staged-uploads.js';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'rv-staged-'));
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

const now = new Date('2026-12-03T10:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);
const stage = (accountId: string, at = now) => stageUpload(dataDir, { accountId, kind: 'kommuner', fileName: 'k.csv', bytes: Buffer.from('18;Nordland;1806;Narvik\n') }, at);

describe('staged uploads', () => {
  it('keeps the bytes for their owner only, until they expire', () => {
    const upload = stage('anne');
    expect(findStagedUpload(dataDir, upload.id, 'anne', now)?.bytes.toString()).toBe('18;Nordland;1806;Narvik\n');
    expect(findStagedUpload(dataDir, upload.id, 'berit', now)).toBeUndefined();
    expect(findStagedUpload(dataDir, '../secret', 'anne', now)).toBeUndefined();
    expect(findStagedUpload(dataDir, upload.id, 'anne', later(STAGED_UPLOAD_TTL_MS - 1))).toBeDefined();
    expect(findStagedUpload(dataDir, upload.id, 'anne', later(STAGED_UPLOAD_TTL_MS))).toBeUndefined();
  });

  it("keeps one upload per admin: a new one replaces hers and sweeps expired ones, never another admin's", () => {
    const first = stage('anne');
    const berits = stage('berit');
    const second = stage('anne');
    expect(findStagedUpload(dataDir, first.id, 'anne', now)).toBeUndefined();
    expect(findStagedUpload(dataDir, second.id, 'anne', now)).toBeDefined();
    expect(findStagedUpload(dataDir, berits.id, 'berit', now)).toBeDefined();
    stage('cecilie', later(STAGED_UPLOAD_TTL_MS));
    expect(readdirSync(join(dataDir, 'uploads'))).toHaveLength(1);
    sweepStagedUploads(dataDir, later(STAGED_UPLOAD_TTL_MS - 1));
    expect(readdirSync(join(dataDir, 'uploads'))).toHaveLength(1);
    sweepStagedUploads(dataDir, later(2 * STAGED_UPLOAD_TTL_MS));
    expect(readdirSync(join(dataDir, 'uploads'))).toEqual([]);
  });

  it('is taken once, with the hash the admin saw; put back after a failed apply; discarded by its owner only', () => {
    const upload = stage('anne');
    expect(takeStagedUpload(dataDir, upload.id, 'anne', 'f'.repeat(64), now)).toBeUndefined();
    const taken = takeStagedUpload(dataDir, upload.id, 'anne', upload.sha256, now)!;
    expect(takeStagedUpload(dataDir, upload.id, 'anne', upload.sha256, now)).toBeUndefined();
    taken.putBack();
    const again = takeStagedUpload(dataDir, upload.id, 'anne', upload.sha256, now)!;
    again.done();
    expect(readdirSync(join(dataDir, 'uploads'))).toEqual([]);

    const other = stage('anne');
    expect(discardStagedUpload(dataDir, other.id, 'berit', now)).toBe(false);
    expect(discardStagedUpload(dataDir, other.id, 'anne', now)).toBe(true);
    expect(findStagedUpload(dataDir, other.id, 'anne', now)).toBeUndefined();
  });
});
