import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.js';

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
