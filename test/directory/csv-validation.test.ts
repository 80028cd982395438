import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/directory/index.js';
import { parseDirectoryFiles } from '../../src/directory/parse-files.js';
import { ASSETS_HEADER, csv, LOCATIONS_HEADER, TEAMS_HEADER, USERS_HEADER } from './csv-fixtures.js';

const report = (sources: Parameters<typeof parseDirectoryFiles>[0]) => parseDirectoryFiles(sources).issues.map(formatIssue);

describe('directory CSV validation (before any database work)', () => {
  it('names the file, the line and the column of each bad value, and reports every bad row at once', () => {
    const text = csv(
      USERS_HEADER,
      'ok.user@chv.fr,Ok User,,,IDE,,,fr,,true',
      'not-an-email,Bad Mail,,,IDE,,,fr,,true',
      'lang@chv.fr,Bad Lang,,,IDE,,,de,,true',
      'flag@chv.fr,Bad Flag,,,IDE,,,fr,,maybe',
      'slack@chv.fr,Bad Slack,,#general,IDE,,,fr,,true',
      'aad@chv.fr,Bad Aad,12345,,IDE,,,fr,,true',
    );
    expect(report({ users: { name: 'users.csv', text } })).toEqual([
      'users.csv:3: email: invalid e-mail address',
      'users.csv:4: preferred_language: must be one of fr, en, got "de"',
      'users.csv:5: active: must be true or false, got "maybe"',
      'users.csv:6: slack_user_id: must be a Slack member id such as U0ABC123',
      'users.csv:7: aad_object_id: must be a GUID (Microsoft Entra object id)',
    ]);
  });

  it('counts lines from the header, across blank lines and quoted values that span lines', () => {
    const text = [
      LOCATIONS_HEADER,
      '',
      'VAL-B310,VALMONT,B,3,cardiology,Cardiologie,"B310 Poste',
      'de soins",',
      'VAL-B311,VALMONT,B,3,,Cardiologie,B311,',
    ].join('\n');
    expect(report({ locations: { name: 'locations.csv', text } })).toEqual(['locations.csv:5: unit_code: required']);
  });

  it('refuses a header with a missing required column or an unknown one', () => {
    const text = csv('code,site,building,unit_code,unit_name,colour', 'VAL-B310,VALMONT,B,cardiology,Cardiologie,blue');
    expect(report({ locations: { name: 'locations.csv', text } })).toEqual([
      'locations.csv:1: unknown column "colour" (expected: code, site, building, floor, unit_code, unit_name, room, phone)',
      'locations.csv:1: missing column "floor"',
    ]);
  });

  it('reports a row with too many or too few fields', () => {
    const text = csv(TEAMS_HEADER, 'proximity,Proximité,proximity,internal,proximity,,', 'security,Sécurité,security,internal');
    expect(report({ teams: { name: 'support-teams.csv', text } })).toEqual(['support-teams.csv:3: expected 7 fields, found 4']);
  });

  it('reads a team\'s English name when the file has the column, and none when it has not', () => {
    const withEnglish = csv('code,name,name_en,level,provider,contract_id', 'proximity,Support de proximité,On-site support,proximity,internal,proximity');
    const parsed = parseDirectoryFiles({ teams: { name: 'support-teams.csv', text: withEnglish } });
    expect(parsed.issues).toEqual([]);
    expect(parsed.parsed.teams[0]?.row).toMatchObject({ name: 'Support de proximité', name_en: 'On-site support' });
    const without = parseDirectoryFiles({ teams: { name: 'support-teams.csv', text: csv(TEAMS_HEADER, 'proximity,Proximité,proximity,internal,proximity,,') } });
    expect(without.parsed.teams[0]?.row).toMatchObject({ name_en: null });
  });

  it('reports an unclosed quote as a malformed file', () => {
    const text = csv(TEAMS_HEADER, 'proximity,"Proximité,proximity,internal,proximity,,');
    const issues = report({ teams: { name: 't.csv', text } });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^t\.csv:\d+: malformed CSV: Quote Not Closed/);
  });

  it('refuses two rows with the same natural key, even written differently', () => {
    const text = csv(
      ASSETS_HEADER,
      'PC-CARD-0342,WVAL-CARD-0342,workstation,Dell,,,,false',
      'pc card 0342,,workstation,Dell,,,,false',
      'pc_card_0342,,workstation,Dell,,,,false',
    );
    const issues = report({ assets: { name: 'assets.csv', text } });
    // "pc card 0342" is not a valid tag (space); "pc_card_0342" is, and has the same key as PC-CARD-0342.
    expect(issues).toEqual([
      'assets.csv:3: tag: letters, digits, dashes, dots and underscores only',
      'assets.csv:4: tag: duplicate value "PCCARD0342" (already on line 2)',
    ]);
  });

  it('requires an application code on an application asset, and true/false for clinical', () => {
    const text = csv(ASSETS_HEADER, 'APP-DPI,,application,Cristal-Net,,,,false', 'BIO-REA-0007,,biomedical,Scope,,,,oui');
    expect(report({ assets: { name: 'assets.csv', text } })).toEqual([
      'assets.csv:2: application_code: required when kind is application',
      'assets.csv:3: clinical: must be true or false, got "oui"',
    ]);
  });

  it('normalizes values: e-mails and GUIDs to lower case, tags and location codes to upper case, defaults filled', () => {
    const text = csv(
      USERS_HEADER,
      'Alice.Martin@CHV.fr,Alice Martin,0F4C04B7-5A90-46B1-9386-EC674AFAE0D1,u0abc123,IDE,,val-b310,,,',
    );
    const { parsed, issues } = parseDirectoryFiles({ users: { name: 'users.csv', text } });
    expect(issues).toEqual([]);
    expect(parsed.users[0]).toEqual({
      line: 2,
      row: {
        email: 'alice.martin@chv.fr',
        display_name: 'Alice Martin',
        aad_object_id: '0f4c04b7-5a90-46b1-9386-ec674afae0d1',
        slack_user_id: 'U0ABC123',
        job_role: 'IDE',
        manager_email: null,
        location_code: 'VAL-B310',
        preferred_language: 'fr',
        phone: null,
        active: true,
      },
    });
  });

  it('accepts a file without its optional columns, and a UTF-8 byte order mark', () => {
    const text = '\uFEFF' + csv('email,display_name,job_role', 'hélène.lefèvre@chv.fr,Hélène Lefèvre,Cadre de santé');
    const { parsed, issues } = parseDirectoryFiles({ users: { name: 'users.csv', text } });
    // Accented local parts are legal in RFC 6531 but not in the plain ASCII form zod checks.
    expect(issues.map(formatIssue)).toEqual(['users.csv:2: email: invalid e-mail address']);
    expect(parsed.users).toEqual([]);
    const ascii = '\uFEFF' + csv('email,display_name,job_role', 'helene.lefevre@chv.fr,Hélène Lefèvre,Cadre de santé');
    const ok = parseDirectoryFiles({ users: { name: 'users.csv', text: ascii } });
    expect(ok.issues).toEqual([]);
    expect(ok.parsed.users[0]!.row).toMatchObject({ display_name: 'Hélène Lefèvre', active: true, slack_user_id: null });
  });
});
