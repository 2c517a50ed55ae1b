// Loads the demo training data (demo-training.json) through the gateway's HTTP API when the training service
// has no course yet: a trainer account, staff at the demo childcare centres, two courses, a completed session
// with attendance and certificates, and an upcoming one with a waitlist. Runs after the demo alliance; the
// training service learns of the admitted organisations from membership's events, so staff registration is
// retried until it has.
const fs = require('node:fs');
const path = require('node:path');
const { request, login, HttpError } = require('./gateway-client');
const { sleep } = require('./infrastructure');

const DATA_FILE = path.join(__dirname, 'demo-training.json');
const DAY = 86_400_000;

/** GB 11643 check character (the contracts' validator, compiled in dist/, else from source). */
function loadResidentIdCheckChar(root) {
  const compiled = path.join(root, 'dist/libs/contracts/src/validation/resident-id.js');
  if (fs.existsSync(compiled)) return require(compiled).residentIdCheckChar;
  require('@swc-node/register');
  return require(path.join(root, 'libs/contracts/src/validation/resident-id.ts')).residentIdCheckChar;
}

/** `YYYY-MM-DD` of today in Asia/Shanghai, plus days. */
function shanghaiDate(days) {
  return new Date(Date.now() + 8 * 3_600_000 + days * DAY).toISOString().slice(0, 10);
}

/** A wall-clock time of a Shanghai date as an instant with its offset. */
function at(date, hhmm) {
  return `${date}T${hhmm}:00+08:00`;
}

async function retrying(what, attempt, log) {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      // 422: the organisation's admission has not reached training yet; 503: training is still starting.
      if (!(error instanceof HttpError) || ![422, 503].includes(error.status) || i >= 40) throw error;
      if (i === 0)
        log.info(`${what}: waiting for the training service to learn of the admitted organisations`);
      await sleep(500);
    }
  }
}

async function seedDemoTraining({ baseUrl, config, log }) {
  const demo = JSON.parse(fs.readFileSync(DATA_FILE, 'utf8'));
  let token;
  try {
    token = await login(baseUrl, config.adminUsername, config.adminPassword);
  } catch (error) {
    log.warn(`demo training data not loaded: could not log in as ${config.adminUsername} (${error.message})`);
    return;
  }
  const call = (method, route, body) => request(baseUrl, method, route, { token, body });
  try {
    const existing = await call('GET', '/api/v1/courses?limit=1');
    if (existing.items.length > 0) {
      log.info('training already has courses: the demo training data is not loaded again');
      return;
    }
    const members = await call('GET', '/api/v1/members?status=admitted&limit=100');
    const organisationIds = new Map(members.items.map((m) => [m.name, m.id]));
    const checkChar = loadResidentIdCheckChar(config.root);

    const accounts = await call('GET', '/api/v1/accounts');
    const list = Array.isArray(accounts) ? accounts : (accounts.items ?? []);
    const trainer =
      list.find((a) => a.username === demo.trainer.username) ??
      (await call('POST', '/api/v1/accounts', { ...demo.trainer, role: 'trainer' }));

    const staff = new Map();
    for (const person of demo.staff) {
      const organisationId = organisationIds.get(person.organisation);
      if (!organisationId) throw new Error(`demo organisation ${person.organisation} is not admitted`);
      const body = {
        organisationId,
        name: person.name,
        role: person.role,
        hiredOn: person.hiredOn,
        ...(person.residentIdFirst17 && {
          residentId: person.residentIdFirst17 + checkChar(person.residentIdFirst17),
        }),
        ...(person.healthCertificateInDays !== undefined && {
          healthCertificateExpiresOn: shanghaiDate(person.healthCertificateInDays),
        }),
        qualifications: (person.qualifications ?? []).map((q) => ({
          kind: q.kind,
          number: q.number,
          issuedOn: q.issuedOn,
          expiresOn: shanghaiDate(q.expiresInDays),
        })),
      };
      const registered = await retrying(person.name, () => call('POST', '/api/v1/staff', body), log);
      staff.set(person.key, registered);
    }

    const courses = new Map();
    for (const course of demo.courses) {
      const body = { ...course };
      delete body.key;
      const draft = await call('POST', '/api/v1/courses', body);
      courses.set(
        course.key,
        await call('POST', `/api/v1/courses/${draft.id}/publish`, { expectedVersion: 1 }),
      );
    }

    // The completed session: held two weeks ago (an admin records it), attendance, completion, certificates.
    const past = demo.completedSession;
    const pastDate = shanghaiDate(past.daysFromToday);
    const held = await call('POST', '/api/v1/sessions', {
      courseId: courses.get(past.course).id,
      trainerIds: [trainer.id],
      meetings: past.meetings.map(([from, to]) => ({
        startsAt: at(pastDate, from),
        endsAt: at(pastDate, to),
      })),
      location: past.location,
      capacity: past.capacity,
      enrolmentOpensAt: at(shanghaiDate(past.daysFromToday - 30), '09:00'),
      enrolmentClosesAt: at(pastDate, '09:00'),
    });
    for (const key of past.participants) {
      await call('POST', '/api/v1/enrolments', { sessionId: held.id, staffId: staff.get(key).id });
    }
    const marks = past.participants.flatMap((key) =>
      held.meetings.map((meeting, i) => ({
        meetingId: meeting.id,
        staffId: staff.get(key).id,
        status: i === 1 && past.absentAfternoon.includes(key) ? 'absent' : 'present',
      })),
    );
    const attended = await call('POST', `/api/v1/sessions/${held.id}/attendance`, { marks });
    const completion = await call('POST', `/api/v1/sessions/${held.id}/complete`, {
      expectedVersion: attended.version,
    });

    // The upcoming session: two days in three weeks, four seats for five requests (one waits).
    const next = demo.upcomingSession;
    const day1 = shanghaiDate(next.daysFromToday);
    const day2 = shanghaiDate(next.daysFromToday + 1);
    const upcoming = await call('POST', '/api/v1/sessions', {
      courseId: courses.get(next.course).id,
      trainerIds: [trainer.id],
      meetings: [
        ...next.meetings.map(([from, to]) => ({ startsAt: at(day1, from), endsAt: at(day1, to) })),
        ...next.secondDayMeetings.map(([from, to]) => ({ startsAt: at(day2, from), endsAt: at(day2, to) })),
      ],
      location: next.location,
      capacity: next.capacity,
    });
    for (const key of next.participants) {
      await call('POST', '/api/v1/enrolments', { sessionId: upcoming.id, staffId: staff.get(key).id });
    }
    const certified = completion.results.filter((r) => r.completed).length;
    log.info(
      `demo training loaded: ${staff.size} staff, courses FA-101 婴幼儿急救 and RC-201 回应性照护, ` +
        `a completed session (${certified} certificates) and an upcoming one (${next.capacity} seats, ` +
        `${next.participants.length - next.capacity} waitlisted); trainer account ${demo.trainer.username}`,
    );
  } catch (error) {
    const detail =
      error instanceof HttpError && error.body?.errors ? ` ${JSON.stringify(error.body.errors)}` : '';
    log.warn(`the demo training data was only partly loaded: ${error.message}${detail}`);
  }
}

module.exports = { seedDemoTraining, DATA_FILE };
