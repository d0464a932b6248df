import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, DEMO_SEED_FILE, readConfig } from './config.js';

describe('configuration', () => {
  it('works with no environment at all', () => {
    const c = readConfig({});
    expect(c).toMatchObject({ host: '127.0.0.1', port: 8787, publicUrl: 'http://localhost:8787', smtpUrl: 'smtp://127.0.0.1:2525' });
    expect(c.databasePath).toMatch(/data\/intake\.sqlite$/);
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('names every bad variable with what it got', () => {
    try {
      readConfig({ PORT: 'eighty', SMTP_URL: 'http://mail', LOG_LEVEL: 'loud', PUBLIC_URL: 'intake.example' });
      expect.unreachable('readConfig should throw');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems.join('\n');
      expect(problems).toContain('PORT must be a whole number between 0 and 65535 (got "eighty")');
      expect(problems).toContain('SMTP_URL must be a URL starting with smtp:// or smtps://');
      expect(problems).toContain('LOG_LEVEL must be one of');
      expect(problems).toContain('PUBLIC_URL must be a URL');
    }
  });

  it('takes PostgreSQL URLs as libpq writes them, the Unix socket form included, and refuses others', () => {
    for (const url of [
      'postgres://ressursvenn:secret@db.internal:5432/ressursvenn',
      'postgresql://ressursvenn@/ressursvenn?host=/var/run/postgresql',
      'postgresql:///ressursvenn?host=/var/run/postgresql',
      'postgres://ressursvenn@%2Fvar%2Frun%2Fpostgresql/ressursvenn',
    ]) {
      expect(readConfig({ DATABASE_URL: url }).databaseUrl, url).toBe(url);
    }
    for (const url of ['mysql://db/ressursvenn', 'postgres:ressursvenn', 'db.internal:5432/ressursvenn', 'postgres://user:secret@host:port/db']) {
      expect(() => readConfig({ DATABASE_URL: url }), url).toThrow(/DATABASE_URL must be a URL starting with postgres:\/\/ or postgresql:\/\//);
    }
  });

  it('never repeats a secret or a password in its problems, which reach the console and the log', () => {
    try {
      readConfig({
        DATABASE_URL: 'postgres://ressursvenn:not-a-real-password@host:port/db',
        SMTP_URL: 'http://mailer:not-a-real-password-either@mail.example',
        SECRET_KEY: 'short-secret-value',
        ALTCHA_SECRET: 'another-short-one',
      });
      expect.unreachable('readConfig should throw');
    } catch (err) {
      const problems = (err as ConfigError).problems.join('\n');
      expect(problems).toContain('DATABASE_URL must be');
      expect(problems).toContain('"postgres://ressursvenn:***@host:port/db"');
      expect(problems).toContain('"http://mailer:***@mail.example"');
      expect(problems).toContain('SECRET_KEY must be at least 32 characters other than spaces (e.g. `openssl rand -hex 32`) (got 18 characters, not shown)');
      expect(problems).toContain('ALTCHA_SECRET must be at least 32 characters');
      for (const secret of ['not-a-real-password', 'short-secret-value', 'another-short-one']) expect(problems).not.toContain(secret);
    }
  });

  it('turns the seed file off with SEED_FILE=none, for operators who manage associations with the admin tool', () => {
    expect(readConfig({ SEED_FILE: 'none' }).seedFile).toBeNull();
    expect(readConfig({}).seedFile).toMatch(/intake-server\/seed\/associations\.json$/);
  });

  it('reads the follow-up, retention and figures settings, with the domain’s defaults', () => {
    expect(readConfig({})).toMatchObject({
      retention: { months: 6, quarantineDays: 30 },
      followUp: { reminderWorkingDays: 3, escalationDays: 14 },
      figures: { eventsPerIp: 120 },
    });
    const c = readConfig({ RETENTION_MONTHS: '12', REMINDER_WORKING_DAYS: '2', ESCALATION_DAYS: '10', RATE_LIMIT_EVENTS_PER_IP: '0' });
    expect(c).toMatchObject({ retention: { months: 12 }, followUp: { reminderWorkingDays: 2, escalationDays: 10 }, figures: { eventsPerIp: 0 } });
    expect(() => readConfig({ RETENTION_MONTHS: '0' })).toThrow('RETENTION_MONTHS must be at least 1');
  });

  it('commits SQLite applications in a writer thread only where it gets a core of its own, unless told', () => {
    expect(readConfig({}).sqliteWriterThread).toBe(availableParallelism() >= 3);
    expect(readConfig({ SQLITE_WRITER_THREAD: 'auto' }).sqliteWriterThread).toBe(availableParallelism() >= 3);
    expect(readConfig({ SQLITE_WRITER_THREAD: 'true' }).sqliteWriterThread).toBe(true);
    expect(readConfig({ SQLITE_WRITER_THREAD: 'false' }).sqliteWriterThread).toBe(false);
    expect(() => readConfig({ SQLITE_WRITER_THREAD: 'yes' })).toThrow('SQLITE_WRITER_THREAD must be auto, true or false');
  });

  it('drops a trailing slash from PUBLIC_URL so links are built one way', () => {
    expect(readConfig({ PUBLIC_URL: 'https://intake.example/' }).publicUrl).toBe('https://intake.example');
  });
});

describe('.env.example', () => {
  const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
  const listed = [...example.matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);

  it('lists every variable the server reads, once', () => {
    expect([...listed].sort()).toEqual([...CONFIG_VARIABLES].sort());
  });

  it("gives each commented variable the server's own default", () => {
    const defaults = readConfig({}, { production: true });
    const numbers = Object.fromEntries([...example.matchAll(/^# ([A-Z_]+_(?:MS|DAYS|HOURS|MONTHS|MB|IP|ASSOCIATION|ATTEMPTS))=(\d+)$/gm)].map((m) => [m[1], m[2]]));
    expect(Object.keys(numbers).length).toBeGreaterThan(15);
    // Each listed number, given explicitly, makes the same configuration as leaving it out.
    expect(readConfig(numbers as Record<string, string>, { production: true })).toEqual(defaults);
  });
});

describe('the production start', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rv-config-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const production = (env: Record<string, string>) => readConfig({ DATA_DIR: dir, PUBLIC_URL: 'https://intake.example.no', ...env }, { production: true });
  const problemsOf = (env: Record<string, string>) => {
    try {
      production(env);
      return [];
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      return (err as ConfigError).problems;
    }
  };

  it('starts with no seed unless SEED_FILE names one, where the demo starts with its own', () => {
    expect(production({}).seedFile).toBeNull();
    expect(readConfig({ DATA_DIR: dir }).seedFile).toMatch(/intake-server\/seed\/associations\.json$/);
    const own = join(dir, 'associations.json');
    writeFileSync(own, JSON.stringify({ national: { slug: 'nasjonal', name: 'N.K.S.', contactEmail: 'ressursvenn@sanitetskvinnene.no' }, associations: [] }));
    expect(production({ SEED_FILE: own }).seedFile).toBe(own);
  });

  it('refuses an http address other than localhost, in one plain sentence', () => {
    expect(problemsOf({ PUBLIC_URL: 'http://intake.example.no' })).toEqual([expect.stringMatching(/^PUBLIC_URL must start with https:\/\/ \(got "http:\/\/intake\.example\.no"\): .*__Host- cookie.*\.$/)]);
    for (const local of ['http://localhost:8787', 'http://127.0.0.1:8787', 'http://[::1]:8787']) expect(problemsOf({ PUBLIC_URL: local })).toEqual([]);
  });

  it('refuses a short SECRET_KEY, and an empty or short key file', () => {
    expect(problemsOf({ SECRET_KEY: 'too-short' })).toEqual([expect.stringContaining('SECRET_KEY must be at least 32 characters')]);
    writeFileSync(join(dir, 'secret.key'), '\n');
    expect(problemsOf({})).toEqual([expect.stringMatching(/^The key file .*secret\.key is empty or shorter than 32 bytes: /)]);
    writeFileSync(join(dir, 'secret.key'), 'a'.repeat(64));
    expect(problemsOf({})).toEqual([]);
  });

  it('second attack 10: refuses a SECRET_KEY of spaces or padded out with them, and trims a good one', () => {
    expect(problemsOf({ SECRET_KEY: ' '.repeat(32) })).toEqual([expect.stringContaining('SECRET_KEY must be at least 32 characters other than spaces')]);
    expect(problemsOf({ SECRET_KEY: `${'a'.repeat(16)}${' '.repeat(16)}` })).toHaveLength(1);
    expect(problemsOf({ SECRET_KEY: `${'\t'.repeat(20)}${'b'.repeat(20)}\n` })).toHaveLength(1);
    const key = 'c'.repeat(64);
    expect(problemsOf({ SECRET_KEY: ` ${key}\n` })).toEqual([]);
    expect(production({ SECRET_KEY: ` ${key}\n` }).secretKey).toBe(key);
  });

  it("refuses the demo's seed, also a copy of it elsewhere", () => {
    expect(problemsOf({ SEED_FILE: DEMO_SEED_FILE })).toEqual([expect.stringMatching(/^SEED_FILE .* is the demo's seed \(it defines the fictional association "eksempelby"\): production starts without a seed\./)]);
    const copy = join(dir, 'associations.json');
    copyFileSync(DEMO_SEED_FILE, copy);
    expect(problemsOf({ SEED_FILE: copy })).toHaveLength(1);
  });

  it('lists every problem at once', () => {
    writeFileSync(join(dir, 'secret.key'), '');
    expect(problemsOf({ PUBLIC_URL: 'http://intake.example.no', SEED_FILE: DEMO_SEED_FILE })).toHaveLength(3);
  });
});
