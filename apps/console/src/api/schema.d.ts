// Generated from the gateway's OpenAPI document by `npm run console:api` (tools/console/api.ts).
// Do not edit: a test fails when it is stale against the gateway.
export interface paths {
  '/api/v1/accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List every account */
    get: operations['AccountsController_list'];
    put?: never;
    /**
     * Create an account
     * @description A `member_rep` may be bound to its organisation now or when it applies; an `inspector` to the organisation they work at, which they then never audit. The password is temporary: the owner must change it at first login.
     */
    post: operations['AccountsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Disable or enable an account, change its role, binding or password
     * @description A disabled account’s tokens stop working at once. A password set here is temporary (the owner must change it at next login) and lifts a login lockout of the account.
     */
    patch: operations['AccountsController_update'];
    trace?: never;
  };
  '/api/v1/accounts/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Account changes, newest first
     * @description Created, role changed, organisation changed, disabled, enabled, password reset (by an admin) and password changed (by its owner), with who did it and when. Pass `nextCursor` as `cursor` for the next page.
     */
    get: operations['AccountsController_events'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/action-items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Action items
     * @description By due date; a representative sees its own organisation’s. `open=true`: not done.
     */
    get: operations['ActionItemsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/action-items/{id}/done': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark an action item done (open → done)
     * @description By an organiser or the owner organisation’s representative.
     */
    post: operations['ActionItemsController_done'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/action-items/overdue-check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Run the overdue check now
     * @description It also runs on a timer in the service; each open item past its due date is announced overdue once.
     */
    post: operations['ActionItemsController_overdue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/attachments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A file of a notice or library entry (base64), checked
     * @description To whoever may read the notice or entry (else 404). Served only if its bytes still hash to the SHA-256 recorded at upload: a file changed in storage answers 409.
     */
    get: operations['AttachmentsController_read'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Audits by planned date
     * @description `unassigned=true`: the queue of planned audits without an inspector.
     */
    get: operations['AuditsController_list'];
    put?: never;
    /**
     * Plan an audit
     * @description Against a published edition. Each inspector has at most one audit a day (409); an inspector bound to the organisation never audits it (403). No inspectors: it waits in the queue (an inspector planning it takes it).
     */
    post: operations['AuditsController_plan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audits/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One audit: answers, evidence, amendments, findings and actions */
    get: operations['AuditsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audits/{id}/amend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Amend a submitted audit
     * @description New answers with a reason; score and grade recomputed, the original kept.
     */
    post: operations['AuditsController_amend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audits/{id}/answers/{criterionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Answer one criterion
     * @description met / partly_met (with pointsAwarded) / not_met / not_applicable (with reason); answering again replaces it while the audit is in progress. A submitted audit is corrected by amendment.
     */
    put: operations['AuditsController_answer'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audits/{id}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assign inspectors to a planned audit (and optionally move its date) */
    post: operations['AuditsController_assign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audits/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel a planned or in-progress audit
     * @description Its inspectors’ day is free again.
     */
    post: operations['AuditsController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audits/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Close a submitted audit
     * @description Once every corrective action is closed (else 422).
     */
    post: operations['AuditsController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audits/{id}/evidence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add an evidence file to a criterion
     * @description multipart/form-data with a `file` part (JPEG, PNG, WebP or PDF, at most 524288 bytes) and `criterionId`; or JSON with `contentBase64` for small files. Compliance checks the bytes are the type declared and stores their SHA-256.
     */
    post: operations['AuditsController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audits/{id}/evidence-links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add an evidence link to a criterion */
    post: operations['AuditsController_addLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audits/{id}/follow-up': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Plan a follow-up of an audit’s open findings
     * @description Against the same edition as the audit.
     */
    post: operations['AuditsController_followUp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audits/{id}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start an audit (planned → in progress) */
    post: operations['AuditsController_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audits/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Submit (in progress → submitted)
     * @description Every applicable criterion answered, evidence where required (422 lists what is missing). Scores exactly, grades (a failed veto criterion is `fail`), and raises one finding and corrective action per shortfall.
     */
    post: operations['AuditsController_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Log in with username and password
     * @description Rate-limited per client address and username; after repeated failures a username is refused (429 with `Retry-After`) for a while, even with the right password. With `mustChangePassword` the token only serves `POST /api/v1/auth/password`.
     */
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The account of the bearer token */
    get: operations['AuthController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change your own password
     * @description Required after logging in with a temporary password (set by an admin); until then every other route answers 403.
     */
    post: operations['AuthController_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/booking-series/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel every booking of a series that has not begun */
    post: operations['BookingSeriesController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bookings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Bookings
     * @description By start time; keyset pagination with `cursor`. A member_rep reads its organisation’s bookings (default) or, with `ownerOrganisationId`, those of its resources (`status=requested`: the requests to decide).
     */
    get: operations['BookingsController_list'];
    put?: never;
    /**
     * Book a venue, expert or equipment for a time
     * @description Refusals name their rule in `errors[].reasons` as `<reason>: <message>`: 409 `slot_taken` (with the clashing booking’s time, and who booked it to admins only); 422 `outside_opening_hours`, `blackout`, `over_quota`, `notice_too_short`, `too_long`, `over_capacity`, `in_the_past`, `resource_withdrawn`, `not_visible`, `organisation_not_admitted`.
     */
    post: operations['BookingsController_request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bookings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One booking */
    get: operations['BookingsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bookings/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve a requested booking (the owner) */
    post: operations['BookingsController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bookings/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel a booking with a reason
     * @description Either side: the booking organisation, the owner, an admin, or the trainer who booked it.
     */
    post: operations['BookingsController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bookings/{id}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record an approved booking as completed (the owner, once it has begun) */
    post: operations['BookingsController_complete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bookings/{id}/no-show': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that nobody came (the owner, once it has begun) */
    post: operations['BookingsController_noShow'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bookings/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject a requested booking with a reason (the owner) */
    post: operations['BookingsController_reject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bookings/expiry-check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Expire undecided requests now
     * @description Requests nobody decided before they began expire (each announced once); the service also does this every minute.
     */
    post: operations['BookingsController_expiryCheck'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bookings/series': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Book weekly (until a date or N times)
     * @description Every free date is booked; each date that is taken, closed or over quota is reported in `skipped` with its reason. Cancel the series as a whole (`/booking-series/{id}/cancel`) or a date as a booking.
     */
    post: operations['BookingsController_requestSeries'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List certificates
     * @description Newest first. A member_rep sees its own organisation’s only.
     */
    get: operations['CertificatesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificates/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Revoke a certificate
     * @description The reason is recorded; verification answers revoked from now on.
     */
    post: operations['CertificatesController_revoke'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificates/verify/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Verify a certificate by its code (no login)
     * @description Answers valid, expired or revoked with the course, hours and dates; the holder’s name is masked (张*明). Rate-limited to 30 per minute and client address.
     */
    get: operations['CertificatesController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/compliance/organisations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Compliance status of an organisation
     * @description Latest grade per standard, open and overdue corrective actions, audit history.
     */
    get: operations['FindingsController_status'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/coordination/organisers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Organisations granted to organise */
    get: operations['OrganisersController_list'];
    put?: never;
    /**
     * Grant an admitted organisation to organise
     * @description Its representatives may then publish and organise.
     */
    post: operations['OrganisersController_grant'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/coordination/organisers/{organisationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke an organisation’s grant */
    delete: operations['OrganisersController_revoke'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/corrective-actions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One corrective action with its finding */
    get: operations['FindingsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/corrective-actions/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Verify and close an answered action (submitted → closed) */
    post: operations['FindingsController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/corrective-actions/{id}/evidence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add an evidence file to a corrective action
     * @description multipart/form-data with a `file` part (JPEG, PNG, WebP or PDF, at most 524288 bytes); or JSON with `contentBase64` for small files.
     */
    post: operations['FindingsController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/corrective-actions/{id}/evidence-links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add an evidence link to a corrective action */
    post: operations['FindingsController_addLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/corrective-actions/{id}/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reopen an answered or closed action, with the reason */
    post: operations['FindingsController_reopen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/corrective-actions/{id}/respond': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Answer a corrective action with a plan (open → submitted)
     * @description Evidence is uploaded to the action.
     */
    post: operations['FindingsController_respond'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/corrective-actions/overdue-check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Run the overdue check now
     * @description It also runs hourly in the service; each action past its due date is announced overdue once.
     */
    post: operations['FindingsController_overdueCheck'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/courses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The course catalogue */
    get: operations['CoursesController_list'];
    put?: never;
    /** Add a course to the catalogue (as a draft) */
    post: operations['CoursesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/courses/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One course */
    get: operations['CoursesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/courses/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish a draft course (draft → published) */
    post: operations['CoursesController_publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/courses/{id}/retire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Retire a course (published → retired)
     * @description It takes no new sessions; scheduled ones still run.
     */
    post: operations['CoursesController_retire'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dashboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The alliance dashboard
     * @description Per district and alliance-wide: members by kind and status, places (per 1,000 children under three where a population is set), staff trained and training hours this year, certificates expiring within 90 days, audits and grades, open and overdue corrective actions, resources offered and used. A read model of the services’ events: it answers from its own tables, never by asking the other services.
     */
    get: operations['DashboardController_figures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dashboard/districts/{code}/population': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Set how many children under three live in a district
     * @description From the health bureau’s figures; the dashboard then shows places per 1,000 children under three there.
     */
    put: operations['DashboardController_setPopulation'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dashboard/export/{table}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One table of the dashboard as an Excel file
     * @description An .xlsx workbook with Chinese headers for the health bureau’s reports (`all`: every table, one sheet each). The file name is Chinese, sent as RFC 5987 `filename*` with an ASCII `filename` beside it.
     */
    get: operations['DashboardController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dashboard/rebuild': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rebuild the dashboard from the event streams
     * @description Replays every stream from its start into the dashboard’s tables in one transaction: the figures stay the old ones until it commits, then all change at once. District populations are kept.
     */
    post: operations['DashboardController_rebuild'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/districts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The alliance’s districts
     * @description Codes to use as `districtCode` when applying.
     */
    get: operations['DistrictsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enrolments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Enrol a staff member in a session
     * @description Confirmed while seats remain, otherwise waitlisted in order of request. Refusals (422) say why in `details.reason`: organisation_not_admitted, staff_not_active, role_not_targeted, prerequisite_missing, overlapping_enrolment, enrolment_window_closed, session_not_scheduled. A member_rep enrols its own staff only.
     */
    post: operations['EnrolmentsController_enrol'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enrolments/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel an enrolment
     * @description A freed confirmed seat goes to the first waitlisted at once.
     */
    post: operations['EnrolmentsController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/evidence/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An evidence file (base64), checked
     * @description Served only if its bytes still hash to the SHA-256 recorded at upload: a file changed in storage answers 409.
     */
    get: operations['EvidenceController_read'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/findings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Findings with their corrective actions
     * @description Newest first; `open=true` for those not closed.
     */
    get: operations['FindingsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What waits for me
     * @description Open tasks of the caller — its own (an inspector’s audits) and, for a representative, its organisation’s: notices to acknowledge, meeting invitations to answer, action items, bookings to approve, corrective actions to answer, enrolments promoted from the waitlist. Each links to the console page where it is done and is gone once done. `order=due` (default: soonest due first, those without a due date last) or `newest`.
     */
    get: operations['TasksController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/meetings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Meetings the caller may read
     * @description Latest first; others than organisers see those they are invited to.
     */
    get: operations['MeetingsController_list'];
    put?: never;
    /**
     * Schedule a meeting or site visit
     * @description Kind, time, place (an address, online, or a venue of resource sharing by its id), agenda and invited organisations (fixed now from the admitted members).
     */
    post: operations['MeetingsController_schedule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/meetings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One meeting with its invitations, minutes and action items */
    get: operations['MeetingsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/meetings/{id}/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Attendance per organisation and district */
    get: operations['MeetingsController_attendance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/meetings/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a scheduled meeting, with the reason */
    post: operations['MeetingsController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/meetings/{id}/minutes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Publish the minutes
     * @description Summary, decisions and action items (owner organisation, due date), once the meeting has started; once.
     */
    post: operations['MeetingsController_minutes'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/meetings/{id}/rsvp': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Answer the invitation for one’s organisation
     * @description Attending with N people, or not; until the meeting starts, a new answer replaces the last.
     */
    post: operations['MeetingsController_answer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/meetings/{id}/sign-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in with the scanned code
     * @description Recorded once per account (409 the second time); an expired code or another meeting’s is refused (422).
     */
    post: operations['MeetingsController_signIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/meetings/{id}/sign-in-code': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The sign-in code to show now as a QR code
     * @description Signed and bound to this meeting; a new one every minute, refused once expired.
     */
    get: operations['MeetingsController_code'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List member organisations
     * @description Filters combine with AND; keyset pagination with `cursor`.
     */
    get: operations['MembersController_list'];
    put?: never;
    /**
     * Apply for membership
     * @description The organisation starts as `applied`. A member_rep not yet bound to an organisation becomes its representative; one already bound may not apply for another.
     */
    post: operations['MembersController_apply'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/members/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One member organisation with its history */
    get: operations['MembersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update the profile
     * @description Absent fields stay as they are; `expectedVersion` must be the current version.
     */
    patch: operations['MembersController_update'];
    trace?: never;
  };
  '/api/v1/members/{id}/admit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Admit an applicant (applied → admitted)
     * @description A stale `expectedVersion` or a transition the current status does not allow answers 409.
     */
    post: operations['MemberLifecycleController_admit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/members/{id}/affordable-designation/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Decide an affordable-place designation under review: keep or revoke
     * @description A failed audit (grade `fail` or D) puts the designation under review. `keep` designates it again; `revoke` sets its affordable places to 0 (licensed places stay). The reason is required. A stale `expectedVersion`, or a designation that is not under review, answers 409.
     */
    post: operations['MemberLifecycleController_decideAffordableDesignation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/members/{id}/expel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Expel a member (admitted or suspended → expelled); reason required
     * @description A stale `expectedVersion` or a transition the current status does not allow answers 409.
     */
    post: operations['MemberLifecycleController_expel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/members/{id}/reinstate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reinstate a suspended member (suspended → admitted)
     * @description A stale `expectedVersion` or a transition the current status does not allow answers 409.
     */
    post: operations['MemberLifecycleController_reinstate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/members/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reject an applicant (applied → rejected); reason required
     * @description A stale `expectedVersion` or a transition the current status does not allow answers 409.
     */
    post: operations['MemberLifecycleController_reject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/members/{id}/suspend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Suspend a member (admitted → suspended); reason required
     * @description A stale `expectedVersion` or a transition the current status does not allow answers 409.
     */
    post: operations['MemberLifecycleController_suspend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/members/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a withdrawal (admitted or suspended → withdrawn)
     * @description A stale `expectedVersion` or a transition the current status does not allow answers 409. A member_rep may withdraw its own organisation.
     */
    post: operations['MemberLifecycleController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/members/figures/districts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Figures per district
     * @description Members by status and kind, licensed and affordable places.
     */
    get: operations['MembersController_figures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Notices the caller may read
     * @description Admins see all; others what is published to the whole alliance or addressed to their organisation. `owing=true`: those a representative’s organisation still has to acknowledge.
     */
    get: operations['NoticesController_list'];
    put?: never;
    /**
     * Draft a notice
     * @description Markdown body, category, issuer, audience (the whole alliance, districts, kinds, a working group or listed members) and whether it is to be acknowledged by a deadline. A representative needs its organisation granted.
     */
    post: operations['NoticesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notices/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One notice, with where the caller’s organisation stands */
    get: operations['NoticesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a draft */
    patch: operations['NoticesController_update'];
    trace?: never;
  };
  '/api/v1/notices/{id}/acknowledge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Acknowledge for one’s organisation (签收)
     * @description By the organisation’s representative, once (409 the second time); an optional reply. After the deadline it is recorded as late.
     */
    post: operations['NoticesController_acknowledge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notices/{id}/acknowledgements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who has and has not acknowledged, per district, now */
    get: operations['NoticesController_acknowledgements'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notices/{id}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Attach a file to a draft notice
     * @description multipart/form-data with a `file` part (PDF, JPEG, PNG, WebP, Word .docx or Excel .xlsx, at most 524288 bytes); or JSON with `contentBase64` for small files. Coordination checks the bytes are the type declared and stores their SHA-256. Only while it is a draft (else 409). By whoever may edit the draft.
     */
    post: operations['NoticeAttachmentsController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notices/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Publish (draft → published)
     * @description The audience is fixed now from the admitted members; a notice it supersedes becomes superseded.
     */
    post: operations['NoticesController_publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notices/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw a published notice, with the reason */
    post: operations['NoticesController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notices/reminder-check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send the acknowledgement reminders due now
     * @description It also runs on a timer in the service; each organisation that has not acknowledged is reminded once.
     */
    post: operations['NoticesController_reminders'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pipeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every service’s event pipeline
     * @description Outbox backlog (unpublished rows, oldest age), relay (failing since, last error), each durable consumer’s pending / ack-pending / redelivered counts from JetStream, and dead-letter counts. A service that does not answer is listed with `problem` instead of failing the view.
     */
    get: operations['PipelineController_overview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pipeline/{service}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One service’s event pipeline */
    get: operations['PipelineController_service'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pipeline/{service}/dead-letters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Dead letters of a service
     * @description Open ones (neither replayed nor discarded) unless `status` says otherwise.
     */
    get: operations['PipelineController_deadLetters'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pipeline/{service}/dead-letters/{id}/discard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Discard a dead letter, with a reason
     * @description It is kept, with the reason, who discarded it and when, and no longer listed as open.
     */
    post: operations['PipelineController_discard'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pipeline/{service}/dead-letters/{id}/replay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Replay a dead letter
     * @description Applies it through the consumer’s inbox and handler, as stored or with a corrected `payload` (a whole event envelope). The body may be left out. A replay that fails again answers 422 and records why on the letter.
     */
    post: operations['PipelineController_replay'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/place-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Place and material requests
     * @description Newest first. A member_rep reads its organisation’s requests (default) or, with `ownerOrganisationId`, those for its offers.
     */
    get: operations['PlaceRequestsController_list'];
    put?: never;
    /**
     * Request spare childcare places or teaching material
     * @description A quantity over whole months (`YYYY-MM`, inclusive). Approved requests never exceed the offer in any month: 422 `over_offer` names the month and what is left; `outside_offer` when the months are not offered.
     */
    post: operations['PlaceRequestsController_request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/place-requests/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve a request (the owner)
     * @description 422 `over_offer` if the offer no longer covers it in some month.
     */
    post: operations['PlaceRequestsController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/place-requests/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a request with a reason (either side) */
    post: operations['PlaceRequestsController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/place-requests/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject a request with a reason (the owner) */
    post: operations['PlaceRequestsController_reject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/practices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The library
     * @description `q` searches title, summary and tags, in Chinese by characters and pairs.
     */
    get: operations['PracticesController_list'];
    put?: never;
    /**
     * Add an entry as a draft
     * @description Summary, Markdown body, tags (医育结合, 普惠运营, 托幼一体化, 科学育儿 …), the contributing organisation, standard codes and training categories. A representative needs its organisation granted.
     */
    post: operations['PracticesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/practices/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One entry */
    get: operations['PracticesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/practices/{id}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Attach a file to a draft library entry
     * @description multipart/form-data with a `file` part (PDF, JPEG, PNG, WebP, Word .docx or Excel .xlsx, at most 524288 bytes); or JSON with `contentBase64` for small files. Coordination checks the bytes are the type declared and stores their SHA-256. Only while it is a draft (else 409). By an admin or its author.
     */
    post: operations['PracticeAttachmentsController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/practices/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish an entry (draft → published) */
    post: operations['PracticesController_publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reciprocity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Reciprocity of sharing over a period
     * @description Per organisation and per district: resources offered, others’ use of them and its use of others’ (hours of approved or completed bookings, place-months, item-months). Own use is not counted.
     */
    get: operations['ReciprocityController_reciprocity'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resources': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Find shared resources
     * @description Listed ones by default, newest first; `q` searches the title (Chinese characters or Latin letters). A member_rep sees what is offered to the whole alliance, to its district, and its own offers.
     */
    get: operations['ResourcesController_search'];
    put?: never;
    /**
     * Offer a shared resource (共享资源)
     * @description A venue, expert, equipment (booked for a time, with weekly opening hours in Asia/Shanghai and blackout dates), teaching material or spare childcare places (requested by quantity and month). A member_rep offers for its own admitted organisation.
     */
    post: operations['ResourcesController_list'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resources/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One resource with its hours, blackouts and booking policy */
    get: operations['ResourcesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change an offer
     * @description Only the fields given change. `expectedVersion` is the version read; a stale one is a 409.
     */
    patch: operations['ResourcesController_update'];
    trace?: never;
  };
  '/api/v1/resources/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Withdraw an offer
     * @description Future bookings and open requests of it are cancelled with the reason.
     */
    post: operations['ResourcesController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The schedule
     * @description By start of the first meeting; keyset pagination with `cursor`. `venueState=flagged`: the sessions whose venue a trainer must see to.
     */
    get: operations['SessionsController_list'];
    put?: never;
    /**
     * Schedule a session of a published course
     * @description Trainers are accounts with the trainer role (others answer 400 naming the field). A trainer’s meetings never overlap: a clash answers 409 naming the session and time it clashes with. At a shared venue (`location.kind` venue, `resourceId`, `organisationId` it is booked for) each meeting is booked at resource sharing: `venue.state` is pending until every booking is approved, then confirmed; a refused, rejected, cancelled or expired booking flags the session with its reason.
     */
    post: operations['SessionsController_schedule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One session with its meetings */
    get: operations['SessionsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sessions/{id}/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record attendance per meeting
     * @description present, late, absent or excused; a later mark replaces an earlier one.
     */
    post: operations['SessionsController_attendance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sessions/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel a session
     * @description Every enrolment ends with the reason; the trainers’ time is freed.
     */
    post: operations['SessionsController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sessions/{id}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Complete a session and issue certificates
     * @description Each confirmed participant who attended at least the course’s share of the hours (present or late) gets a certificate.
     */
    post: operations['SessionsController_complete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sessions/{id}/enrolments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Enrolments of a session
     * @description Confirmed, then the waitlist in order. A member_rep sees its own staff only.
     */
    get: operations['SessionsController_enrolments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sessions/{id}/reschedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Move the meetings
     * @description Enrolled staff’s organisations are told (event).
     */
    post: operations['SessionsController_reschedule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/staff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List staff
     * @description By name; `q` searches inside the name. A member_rep sees its own organisation’s only.
     */
    get: operations['StaffController_list'];
    put?: never;
    /**
     * Register a staff member of an admitted organisation
     * @description A member_rep acts for its own organisation’s staff only (the training service refuses others with 403).
     */
    post: operations['StaffController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/staff/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One staff member
     * @description The resident ID is masked except for admins and the own representative.
     */
    get: operations['StaffController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update a staff record
     * @description Absent fields stay as they are. A member_rep acts for its own organisation’s staff only (the training service refuses others with 403).
     */
    patch: operations['StaffController_update'];
    trace?: never;
  };
  '/api/v1/staff/{id}/leave': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that the person left
     * @description The training history is kept. A member_rep acts for its own organisation’s staff only (the training service refuses others with 403).
     */
    post: operations['StaffController_leave'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/staff/{id}/training-record': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A person’s certificates and training hours per year */
    get: operations['StaffController_record'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/standards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Standards and their editions */
    get: operations['StandardsController_list'];
    put?: never;
    /**
     * Author a standard (edition 1, as a draft)
     * @description Areas with criteria (points, evidence, veto 一票否决, organisation kinds, training category) and grade bands A–D.
     */
    post: operations['StandardsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/standards/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One edition with its areas and criteria */
    get: operations['StandardsController_get'];
    /**
     * Replace a draft’s content
     * @description A published edition is immutable (409): draft the next edition instead.
     */
    put: operations['StandardsController_update'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/standards/{id}/next-edition': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Draft the next edition
     * @description A copy of this published (or retired) edition, as a draft to edit.
     */
    post: operations['StandardsController_nextEdition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/standards/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Publish a draft (draft → published)
     * @description The published edition of the same code is retired as superseded.
     */
    post: operations['StandardsController_publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/standards/{id}/retire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Retire a published edition
     * @description Audits already planned keep it.
     */
    post: operations['StandardsController_retire'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/expiring': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Certificates, qualifications and health certificates expiring
     * @description Of active staff, within `withinDays` (already expired ones included).
     */
    get: operations['TrainingReportsController_expiring'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/expiry-check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Run the daily expiry check now
     * @description Announces each item coming due (event `certificate.expiring`) once per item and expiry date; it also runs by itself.
     */
    post: operations['TrainingReportsController_check'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/hours': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Training hours of a year
     * @description Per organisation and per person; a member_rep sees its own organisation.
     */
    get: operations['TrainingReportsController_hours'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/requirements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Training requirements raised by compliance findings
     * @description One per finding on a criterion linked to a training category, newest first, each with the published courses of that category and their upcoming sessions that have free seats. A member_rep sees its own organisation’s only.
     */
    get: operations['TrainingRequirementsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/requirements/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One training requirement with its matching courses and sessions
     * @description A member_rep reads its own organisation’s only (403 otherwise).
     */
    get: operations['TrainingRequirementsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/working-groups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List working groups
     * @description Dissolved groups only when asked for with `status`.
     */
    get: operations['WorkingGroupsController_list'];
    put?: never;
    /**
     * Form a working group
     * @description The chair and any further members must be admitted organisations.
     */
    post: operations['WorkingGroupsController_form'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/working-groups/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One working group with its members */
    get: operations['WorkingGroupsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/working-groups/{id}/chair': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Name the chair
     * @description An admitted organisation, which joins the group if it is not a member yet; the former chair stays a member. Above all for a group left without a chair (`needsChair`).
     */
    post: operations['WorkingGroupsController_nameChair'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/working-groups/{id}/dissolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Dissolve the group */
    post: operations['WorkingGroupsController_dissolve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/working-groups/{id}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add an admitted organisation to the group */
    post: operations['WorkingGroupsController_addMember'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/working-groups/{id}/members/{memberId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Remove an organisation from the group
     * @description `expectedVersion` (query) is the group’s current version.
     */
    delete: operations['WorkingGroupsController_removeMember'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: the process answers HTTP */
    get: operations['HealthController_health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Readiness: NATS, PostgreSQL and every service answer, and no service’s relay is stalled
     * @description A failing check answers 503 with `checks` (each with its reason). A relay counts as stalled when it has failed to publish for longer than RELAY_STALL_MS.
     */
    get: operations['HealthController_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ready/self': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Readiness of this gateway alone: its PostgreSQL and NATS answer
     * @description For a load balancer in front of several gateways: a service that is down makes only its own routes answer 503, so it does not take every gateway out of service. `GET /ready` says whether the whole platform is up.
     */
    get: operations['HealthController_readySelf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Account: {
      /** Format: date-time */
      createdAt: string;
      disabled: boolean;
      /** Format: uuid */
      id: string;
      /** @description The password was set by an admin; the owner must change it before doing anything else. */
      mustChangePassword: boolean;
      /** Format: uuid */
      organisationId: string | null;
      /** @enum {string} */
      role: 'alliance_admin' | 'trainer' | 'inspector' | 'member_rep' | 'viewer';
      /** Format: date-time */
      updatedAt: string;
      username: string;
    };
    AccountEvent: {
      /** Format: uuid */
      accountId: string;
      /** @enum {string} */
      action:
        | 'created'
        | 'role_changed'
        | 'organisation_changed'
        | 'disabled'
        | 'enabled'
        | 'password_reset'
        | 'password_changed';
      /** @description Who made the change; null for the first admin created from configuration. */
      actor: {
        /** Format: uuid */
        id: string;
        username: string | null;
      } | null;
      /** Format: date-time */
      at: string;
      /** @description e.g. `{ from, to }` of a role or organisation change. */
      details: Record<string, never>;
      /** @description Grows with each change. */
      id: string;
      /** @description Of the changed account, at the time of the change. */
      username: string;
    };
    AccountEventPage: {
      items: components['schemas']['AccountEvent'][];
      /** @description Pass as `cursor`; null on the last page. */
      nextCursor: string | null;
    };
    AccountEventsQuery: {
      /** Format: uuid */
      accountId?: string;
      cursor?: string;
      limit?: number;
    };
    AcknowledgeNoticeBody: {
      reply?: string;
    };
    AcknowledgeNoticeDto: {
      /** Format: uuid */
      id: string;
      reply?: string;
    };
    ActionEvidenceLinkBody: {
      title: string;
      /** Format: url */
      url: string;
    };
    ActionEvidenceUploadBody: {
      contentBase64?: string;
      /** @enum {string} */
      contentType?: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';
      fileName?: string;
    };
    ActionIdDto: {
      /** Format: uuid */
      id: string;
    };
    ActionItem: {
      /** Format: date-time */
      doneAt: string | null;
      doneBy: string | null;
      /** Format: date */
      dueDate: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      meetingId: string;
      meetingTitle: string;
      note: string | null;
      /** Format: date-time */
      overdueAt: string | null;
      ownerName: string;
      /** Format: uuid */
      ownerOrganisationId: string;
      /** Format: date-time */
      releasedAt: string | null;
      /** @enum {string} */
      status: 'open' | 'done';
      title: string;
      /** @description Send as `expectedVersion` with the next change. */
      version: number;
    };
    ActionItemDto: {
      dueDate: string;
      /** Format: uuid */
      ownerOrganisationId: string;
      title: string;
    };
    ActionItemOverdueCheck: {
      /** Format: date */
      asOf: string;
      markedOverdue: number;
    };
    ActionItemPage: {
      items: components['schemas']['ActionItem'][];
      /** @description Pass as `cursor` for the next page; null on the last. */
      nextCursor: string | null;
    };
    AddEvidenceLinkDto: {
      /** Format: uuid */
      actionId?: string;
      /** Format: uuid */
      auditId?: string;
      /** Format: uuid */
      criterionId?: string;
      title: string;
      /** Format: url */
      url: string;
    };
    AddWorkingGroupMemberBody: {
      expectedVersion: number;
      /** Format: uuid */
      organisationId: string;
    };
    AddWorkingGroupMemberDto: {
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organisationId: string;
    };
    AdmitMemberBody: {
      expectedVersion: number;
      reason?: string;
    };
    /** @description A failed audit puts the designation before the admins. A later passing grade (an amendment, the next audit) does not close it: the admins decide. */
    AffordableDesignationReview: {
      /** @description Affordable places when the review was opened. */
      affordablePlaces: number;
      /**
       * Format: uuid
       * @description The compliance audit whose grade opened the review.
       */
      auditId: string;
      /** Format: date-time */
      decidedAt: string | null;
      /** @description Account id of the admin who decided. */
      decidedBy: string | null;
      /**
       * @description Null while the admins have not decided.
       * @enum {string|null}
       */
      decision: 'keep' | 'revoke' | null;
      /** @enum {string} */
      grade: 'A' | 'B' | 'C' | 'D' | 'fail';
      /** Format: date-time */
      openedAt: string;
      reason: string | null;
      standardCode: string;
    };
    AmendAuditBody: {
      answers: components['schemas']['AmendedAnswerDto'][];
      expectedVersion: number;
      reason: string;
    };
    AmendAuditDto: {
      answers: components['schemas']['AmendedAnswerDto'][];
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      reason: string;
    };
    AmendedAnswerDto: {
      /** Format: uuid */
      criterionId: string;
      notes?: string;
      pointsAwarded?: number;
      reason?: string;
      /** @enum {string} */
      result: 'met' | 'partly_met' | 'not_met' | 'not_applicable';
    };
    Amendment: {
      after: components['schemas']['Answer'][];
      /** Format: date-time */
      amendedAt: string;
      amendedBy: string;
      before: components['schemas']['Answer'][];
      /**
       * @description `fail`: a veto criterion failed.
       * @enum {string}
       */
      grade: 'A' | 'B' | 'C' | 'D' | 'fail';
      /**
       * @description `fail`: a veto criterion failed.
       * @enum {string}
       */
      previousGrade: 'A' | 'B' | 'C' | 'D' | 'fail';
      /** @description Exact, of the standard’s total, two decimals. */
      previousScore: string;
      reason: string;
      /** @description Exact, of the standard’s total, two decimals. */
      score: string;
      sequence: number;
    };
    Answer: {
      /** Format: date-time */
      answeredAt: string;
      answeredBy: string;
      criterionCode: string;
      /** Format: uuid */
      criterionId: string;
      maxPoints: number;
      notes: string | null;
      pointsAwarded: number;
      reason: string | null;
      /** @enum {string} */
      result: 'met' | 'partly_met' | 'not_met' | 'not_applicable';
    };
    AnswerBody: {
      notes?: string;
      pointsAwarded?: number;
      reason?: string;
      /** @enum {string} */
      result: 'met' | 'partly_met' | 'not_met' | 'not_applicable';
    };
    AnswerCriterionDto: {
      /** Format: uuid */
      auditId: string;
      /** Format: uuid */
      criterionId: string;
      notes?: string;
      pointsAwarded?: number;
      reason?: string;
      /** @enum {string} */
      result: 'met' | 'partly_met' | 'not_met' | 'not_applicable';
    };
    AnswerInvitationBody: {
      /** @enum {string} */
      answer: 'attending' | 'declined';
      attendees?: number;
      note?: string;
    };
    AnswerInvitationDto: {
      /** @enum {string} */
      answer: 'attending' | 'declined';
      attendees?: number;
      /** Format: uuid */
      id: string;
      note?: string;
    };
    ApplyForMembershipDto: {
      address: string;
      /** @description the value must not be greater than licensedPlaces */
      affordablePlaces: number;
      /** @enum {string} */
      allianceRole?: 'lead_unit' | 'guidance_centre' | 'member';
      contacts: components['schemas']['MemberContactDto'][];
      /** @description the value must be an 18-character unified social credit code (统一社会信用代码) with a valid check character */
      creditCode: string;
      districtCode: string;
      /** @enum {string} */
      kind:
        | 'childcare_centre'
        | 'kindergarten'
        | 'hospital'
        | 'maternal_child_health_institute'
        | 'university'
        | 'government_bureau'
        | 'enterprise'
        | 'other';
      licensedPlaces: number;
      name: string;
      nameEn?: string;
      /** @enum {string} */
      ownership: 'state_owned' | 'university_run' | 'public_institution' | 'private' | 'other';
    };
    ApproveBookingBody: {
      expectedVersion: number;
      note?: string;
    };
    ApproveBookingDto: {
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      note?: string;
    };
    ApprovePlaceRequestBody: {
      expectedVersion: number;
      note?: string;
    };
    ApprovePlaceRequestDto: {
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      note?: string;
    };
    Area: {
      code: string;
      criteria: components['schemas']['Criterion'][];
      /** Format: uuid */
      id: string;
      maxPoints: number;
      title: string;
    };
    AreaDto: {
      code: string;
      criteria: components['schemas']['CriterionDto'][];
      maxPoints: number;
      title: string;
    };
    AssignInspectorsBody: {
      expectedVersion: number;
      inspectorIds: string[];
      plannedDate?: string;
    };
    AssignInspectorsDto: {
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      inspectors: components['schemas']['InspectorRefDto'][];
      plannedDate?: string;
    };
    Attachment: {
      /** Format: date-time */
      addedAt: string;
      addedBy: string;
      /** @enum {string} */
      contentType:
        | 'application/pdf'
        | 'image/jpeg'
        | 'image/png'
        | 'image/webp'
        | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
        | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      fileName: string;
      /** Format: uuid */
      id: string;
      /** @description Hex SHA-256 of the file as uploaded, checked on every read. */
      sha256: string;
      sizeBytes: number;
    };
    AttachmentContent: {
      /** Format: byte */
      contentBase64: string;
      /** @enum {string} */
      contentType:
        | 'application/pdf'
        | 'image/jpeg'
        | 'image/png'
        | 'image/webp'
        | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
        | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      fileName: string;
      /** Format: uuid */
      id: string;
      sha256: string;
      sizeBytes: number;
    };
    AttachmentIdDto: {
      /** Format: uuid */
      id: string;
    };
    AttachmentUploadBody: {
      contentBase64?: string;
      /** @enum {string} */
      contentType?:
        | 'application/pdf'
        | 'image/jpeg'
        | 'image/png'
        | 'image/webp'
        | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
        | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      fileName?: string;
    };
    AttendanceMarkDto: {
      /** Format: uuid */
      meetingId: string;
      /** Format: uuid */
      staffId: string;
      /** @enum {string} */
      status: 'present' | 'late' | 'absent' | 'excused';
    };
    AttendanceRecordedData: {
      marks: unknown[];
      /** Format: uuid */
      sessionId: string;
    };
    Audience: {
      districtCodes: string[] | null;
      /** @enum {string} */
      kind: 'alliance' | 'districts' | 'kinds' | 'working_group' | 'members';
      kinds:
        | (
            | 'childcare_centre'
            | 'kindergarten'
            | 'hospital'
            | 'maternal_child_health_institute'
            | 'university'
            | 'government_bureau'
            | 'enterprise'
            | 'other'
          )[]
        | null;
      organisationIds: string[] | null;
      /** Format: uuid */
      workingGroupId: string | null;
    };
    AudienceDto: {
      districtCodes?: string[];
      /** @enum {string} */
      kind: 'alliance' | 'districts' | 'kinds' | 'working_group' | 'members';
      kinds?: (
        | 'childcare_centre'
        | 'kindergarten'
        | 'hospital'
        | 'maternal_child_health_institute'
        | 'university'
        | 'government_bureau'
        | 'enterprise'
        | 'other'
      )[];
      organisationIds?: string[];
      /** Format: uuid */
      workingGroupId?: string;
    };
    Audit: {
      amendments: components['schemas']['Amendment'][];
      answers: components['schemas']['Answer'][];
      cancellationReason: string | null;
      /** Format: date-time */
      cancelledAt: string | null;
      /** Format: date-time */
      closedAt: string | null;
      evidence: components['schemas']['Evidence'][];
      findings: components['schemas']['Finding'][];
      /** Format: uuid */
      followUpOf: string | null;
      /**
       * @description `fail`: a veto criterion failed.
       * @enum {string|null}
       */
      grade: 'A' | 'B' | 'C' | 'D' | 'fail' | null;
      /** Format: uuid */
      id: string;
      inspectors: components['schemas']['Inspector'][];
      /** @enum {string} */
      kind: 'onboarding' | 'routine' | 'follow_up' | 'complaint';
      notes: string | null;
      /** Format: uuid */
      organisationId: string;
      organisationName: string;
      /**
       * @description `fail`: a veto criterion failed.
       * @enum {string|null}
       */
      originalGrade: 'A' | 'B' | 'C' | 'D' | 'fail' | null;
      /** @description Exact, of the standard’s total, two decimals. */
      originalScore: string | null;
      /** Format: date */
      plannedDate: string;
      /** @description Exact, of the standard’s total, two decimals. */
      score: string | null;
      standardCode: string;
      standardEdition: number;
      /** Format: uuid */
      standardId: string;
      /** Format: date-time */
      startedAt: string | null;
      /** @enum {string} */
      status: 'planned' | 'in_progress' | 'submitted' | 'closed' | 'cancelled';
      /** Format: date-time */
      submittedAt: string | null;
      summary: string | null;
      /** @description Send as `expectedVersion` with the next change. */
      version: number;
    };
    AuditEvidenceLinkBody: {
      /** Format: uuid */
      criterionId: string;
      title: string;
      /** Format: url */
      url: string;
    };
    AuditEvidenceUploadBody: {
      contentBase64?: string;
      /** @enum {string} */
      contentType?: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';
      /** Format: uuid */
      criterionId: string;
      fileName?: string;
    };
    AuditIdDto: {
      /** Format: uuid */
      id: string;
    };
    AuditPage: {
      items: components['schemas']['AuditSummary'][];
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
    };
    AuditSummary: {
      /** Format: uuid */
      followUpOf: string | null;
      /**
       * @description `fail`: a veto criterion failed.
       * @enum {string|null}
       */
      grade: 'A' | 'B' | 'C' | 'D' | 'fail' | null;
      /** Format: uuid */
      id: string;
      inspectors: components['schemas']['Inspector'][];
      /** @enum {string} */
      kind: 'onboarding' | 'routine' | 'follow_up' | 'complaint';
      /** Format: uuid */
      organisationId: string;
      organisationName: string;
      /** Format: date */
      plannedDate: string;
      /** @description Exact, of the standard’s total, two decimals. */
      score: string | null;
      standardCode: string;
      standardEdition: number;
      /** Format: uuid */
      standardId: string;
      /** @enum {string} */
      status: 'planned' | 'in_progress' | 'submitted' | 'closed' | 'cancelled';
      /** @description Send as `expectedVersion` with the next change. */
      version: number;
    };
    Blackout: {
      /** Format: date */
      from: string;
      reason: string | null;
      /** Format: date */
      to: string;
    };
    BlackoutDto: {
      from: string;
      reason?: string;
      to: string;
    };
    Booking: {
      cancellationReason: string | null;
      /** Format: date-time */
      createdAt: string;
      decisionNote: string | null;
      /** Format: date-time */
      endsAt: string;
      headcount: number;
      /** Format: uuid */
      id: string;
      /** @description The key of the service that booked on the organisation’s behalf. */
      onBehalfKey: string | null;
      /** Format: uuid */
      organisationId: string;
      organisationName: string | null;
      /** Format: uuid */
      ownerOrganisationId: string;
      purpose: string;
      /** Format: uuid */
      resourceId: string;
      /** @enum {string} */
      resourceKind: 'venue' | 'expert' | 'equipment' | 'material' | 'places';
      resourceTitle: string;
      /**
       * Format: uuid
       * @description The weekly series it belongs to.
       */
      seriesId: string | null;
      /** Format: date-time */
      startsAt: string;
      /** @enum {string} */
      status: 'requested' | 'approved' | 'rejected' | 'cancelled' | 'expired' | 'completed' | 'no_show';
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    BookingEventData: {
      /** Format: uuid */
      bookingId: string;
      endsAt: string;
      headcount: number;
      onBehalfKey?: string;
      /** Format: uuid */
      organisationId: string;
      /** Format: uuid */
      ownerOrganisationId: string;
      reason?: string;
      /** Format: uuid */
      resourceId: string;
      /** @enum {string} */
      resourceKind: 'venue' | 'expert' | 'equipment' | 'material' | 'places';
      /** Format: uuid */
      seriesId?: string;
      startsAt: string;
      /** @enum {string} */
      status: 'requested' | 'approved' | 'rejected' | 'cancelled' | 'expired' | 'completed' | 'no_show';
    };
    BookingExpiryCheck: {
      expiredBookings: number;
      expiredPlaceRequests: number;
    };
    BookingPage: {
      items: components['schemas']['Booking'][];
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
    };
    BookingPolicy: {
      /** @enum {string} */
      approval: 'auto' | 'owner';
      maxDurationMinutes: number | null;
      minNoticeMinutes: number | null;
      /** @description Live bookings per requesting organisation per month. */
      monthlyQuota: number | null;
    };
    BookingPolicyDto: {
      /** @enum {string} */
      approval: 'auto' | 'owner';
      maxDurationMinutes?: number;
      minNoticeMinutes?: number;
      monthlyQuota?: number;
    };
    BookingSeries: {
      booked: components['schemas']['Booking'][];
      /** Format: uuid */
      seriesId: string;
      skipped: components['schemas']['SeriesSkippedDate'][];
    };
    CancelAuditBody: {
      expectedVersion: number;
      reason: string;
    };
    CancelAuditDto: {
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      reason: string;
    };
    CancelBookingBody: {
      expectedVersion: number;
      reason: string;
    };
    CancelBookingDto: {
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      reason: string;
    };
    CancelEnrolmentBody: {
      expectedVersion: number;
      reason?: string;
    };
    CancelEnrolmentDto: {
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      reason?: string;
    };
    CancelMeetingBody: {
      expectedVersion: number;
      reason: string;
    };
    CancelMeetingDto: {
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      reason: string;
    };
    CancelPlaceRequestBody: {
      expectedVersion: number;
      reason: string;
    };
    CancelPlaceRequestDto: {
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      reason: string;
    };
    CancelSeriesBody: {
      reason: string;
    };
    CancelSeriesDto: {
      reason: string;
      /** Format: uuid */
      seriesId: string;
    };
    CancelSessionBody: {
      expectedVersion: number;
      reason: string;
    };
    CancelSessionDto: {
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      reason: string;
    };
    Certificate: {
      /** @description Verification code (20 characters). */
      code: string;
      /** Format: uuid */
      courseId: string;
      courseTitle: string;
      /** Format: date */
      expiresOn: string | null;
      holderName: string;
      hours: number;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      issuedAt: string;
      /** Format: uuid */
      organisationId: string;
      revocationReason: string | null;
      /** Format: date-time */
      revokedAt: string | null;
      /** Format: uuid */
      sessionId: string;
      /** Format: uuid */
      staffId: string;
      /** @enum {string} */
      validity: 'valid' | 'expired' | 'revoked';
      /** @description Send as `expectedVersion` with the next change. */
      version: number;
    };
    CertificateEventData: {
      category?: string;
      /** Format: uuid */
      certificateId: string;
      courseCode: string;
      /** Format: uuid */
      courseId: string;
      courseTitle?: string;
      expiresOn?: string;
      hours: number;
      issuedAt: string;
      /** Format: uuid */
      organisationId: string;
      reason?: string;
      /** Format: uuid */
      sessionId: string;
      /** Format: uuid */
      staffId: string;
      verificationCode?: string;
    };
    CertificateEvidence: {
      /** Format: uuid */
      certificateId: string;
      courseCode: string;
      /** Format: date-time */
      issuedAt: string;
      /** @description The verification code printed on the certificate. */
      number: string;
      revocationReason: string | null;
      /** Format: date-time */
      revokedAt: string | null;
      /** Format: uuid */
      staffId: string;
    };
    CertificatePage: {
      items: components['schemas']['Certificate'][];
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
    };
    /** @description What a verification code proves; never the full name or an ID number. */
    CertificateVerification: {
      courseCode: string;
      courseTitle: string;
      /** Format: date */
      expiresOn: string | null;
      /** @description Masked: `张*明`. */
      holderName: string;
      hours: number;
      /** Format: date */
      issuedOn: string;
      /** Format: date */
      revokedOn: string | null;
      /** @enum {string} */
      validity: 'valid' | 'expired' | 'revoked';
    };
    ChangePasswordBody: {
      currentPassword: string;
      newPassword: string;
    };
    CloseActionBody: {
      expectedVersion: number;
      note?: string;
    };
    CloseActionDto: {
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      note?: string;
    };
    CloseAuditBody: {
      expectedVersion: number;
      note?: string;
    };
    CloseAuditDto: {
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      note?: string;
    };
    CompleteActionItemBody: {
      expectedVersion: number;
      note?: string;
    };
    CompleteActionItemDto: {
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      note?: string;
    };
    CompleteBookingBody: {
      expectedVersion: number;
    };
    CompleteSessionBody: {
      expectedVersion: number;
    };
    ConsumerStatus: {
      /** @description Producing context whose stream is consumed. */
      context: string;
      durable: string;
      /** @description Why JetStream gave no numbers. */
      error: string | null;
      /** @description JetStream num_ack_pending: delivered, not yet acknowledged. */
      numAckPending: number | null;
      /** @description JetStream num_pending: not yet delivered. */
      numPending: number | null;
      /** @description JetStream num_redelivered. */
      numRedelivered: number | null;
      stream: string;
    };
    CoordinationMeeting: {
      actionItems: components['schemas']['ActionItem'][];
      agenda: string[];
      attendingCount: number;
      cancelReason: string | null;
      /** Format: date-time */
      createdAt: string;
      createdBy: string;
      /** Format: date-time */
      endsAt: string;
      /** Format: uuid */
      id: string;
      invitations: components['schemas']['MeetingInvitation'][];
      invitedCount: number;
      invitees: components['schemas']['Audience'];
      /** @enum {string} */
      kind: 'alliance_meeting' | 'working_group_meeting' | 'site_visit' | 'forum';
      /** @description The caller's organisation's invitation, when it is invited. */
      mine: components['schemas']['MeetingInvitation'] | null;
      minutes: components['schemas']['MeetingMinutes'] | null;
      minutesPublished: boolean;
      place: components['schemas']['MeetingPlace'];
      /** Format: date-time */
      startsAt: string;
      /** @enum {string} */
      status: 'scheduled' | 'cancelled';
      title: string;
      /** @description The booking of its venue at resource sharing, when its place is a venue. */
      venue: components['schemas']['MeetingVenue'] | null;
      /** @description Send as `expectedVersion` with the next change. */
      version: number;
    };
    CoordinationMeetingPage: {
      items: components['schemas']['CoordinationMeetingSummary'][];
      /** @description Pass as `cursor` for the next page; null on the last. */
      nextCursor: string | null;
    };
    CoordinationMeetingSummary: {
      attendingCount: number;
      /** Format: date-time */
      endsAt: string;
      /** Format: uuid */
      id: string;
      invitedCount: number;
      /** @enum {string} */
      kind: 'alliance_meeting' | 'working_group_meeting' | 'site_visit' | 'forum';
      /** @description The caller's organisation's invitation, when it is invited. */
      mine: components['schemas']['MeetingInvitation'] | null;
      minutesPublished: boolean;
      place: components['schemas']['MeetingPlace'];
      /** Format: date-time */
      startsAt: string;
      /** @enum {string} */
      status: 'scheduled' | 'cancelled';
      title: string;
      /** @description Send as `expectedVersion` with the next change. */
      version: number;
    };
    CorrectiveAction: {
      /** Format: date-time */
      closedAt: string | null;
      closedBy: string | null;
      /** Format: date */
      dueDate: string;
      evidence: components['schemas']['Evidence'][];
      /** Format: uuid */
      findingId: string;
      /** Format: uuid */
      id: string;
      /** @description Not closed and past its due date (announced once by the overdue check). */
      overdue: boolean;
      /** Format: date-time */
      overdueAt: string | null;
      plan: string | null;
      reopenReason: string | null;
      /** Format: date-time */
      respondedAt: string | null;
      respondedBy: string | null;
      /** @enum {string} */
      status: 'open' | 'submitted' | 'closed';
      version: number;
    };
    Course: {
      /** @enum {string} */
      category:
        | 'care_and_feeding'
        | 'health_and_hygiene'
        | 'safety_and_first_aid'
        | 'early_development'
        | 'parenting_guidance'
        | 'medical_childcare_integration'
        | 'management';
      certificateValidityMonths: number | null;
      code: string;
      completionThresholdPercent: number;
      /** Format: date-time */
      createdAt: string;
      /** @description Continuing-education hours a completion earns. */
      creditHours: number;
      description: string | null;
      /** Format: uuid */
      id: string;
      prerequisiteCourseIds: string[];
      /** @enum {string} */
      status: 'draft' | 'published' | 'retired';
      targetRoles: (
        | 'caregiver'
        | 'infant_care_specialist'
        | 'health_staff'
        | 'teacher'
        | 'director'
        | 'cook'
        | 'security'
        | 'other'
      )[];
      title: string;
      /** @description Send as `expectedVersion` with the next change. */
      version: number;
    };
    CourseEventData: {
      category: string;
      code: string;
      /** Format: uuid */
      courseId: string;
      creditHours: number;
      reason?: string;
      targetRoles: unknown[];
      title: string;
    };
    CoursePage: {
      items: components['schemas']['Course'][];
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
    };
    CreateAccountBody: {
      /** Format: uuid */
      organisationId?: string;
      password: string;
      /** @enum {string} */
      role: 'alliance_admin' | 'trainer' | 'inspector' | 'member_rep' | 'viewer';
      username: string;
    };
    CreateCourseDto: {
      /** @enum {string} */
      category:
        | 'care_and_feeding'
        | 'health_and_hygiene'
        | 'safety_and_first_aid'
        | 'early_development'
        | 'parenting_guidance'
        | 'medical_childcare_integration'
        | 'management';
      certificateValidityMonths?: number;
      code: string;
      completionThresholdPercent?: number;
      creditHours: number;
      description?: string;
      prerequisiteCourseIds?: string[];
      targetRoles: (
        | 'caregiver'
        | 'infant_care_specialist'
        | 'health_staff'
        | 'teacher'
        | 'director'
        | 'cook'
        | 'security'
        | 'other'
      )[];
      title: string;
    };
    CreateNoticeDto: {
      acknowledgeBy?: string;
      audience: components['schemas']['AudienceDto'];
      body: string;
      /** @enum {string} */
      category: 'policy' | 'notice' | 'meeting_notice' | 'standard_update';
      issuer: string;
      reminderDaysBefore?: number;
      requiresAcknowledgement: boolean;
      /** Format: uuid */
      supersedesId?: string;
      title: string;
    };
    CreatePracticeDto: {
      body: string;
      /** Format: uuid */
      contributorOrganisationId?: string;
      /** @enum {string} */
      kind: 'case' | 'report' | 'research';
      standardCodes: string[];
      summary: string;
      tags: string[];
      title: string;
      trainingCategories: (
        | 'care_and_feeding'
        | 'health_and_hygiene'
        | 'safety_and_first_aid'
        | 'early_development'
        | 'parenting_guidance'
        | 'medical_childcare_integration'
        | 'management'
      )[];
    };
    CreateStandardDto: {
      areas: components['schemas']['AreaDto'][];
      code: string;
      effectiveFrom: string;
      gradeBands: components['schemas']['GradeBandDto'][];
      issuer: string;
      title: string;
      totalPoints: number;
    };
    Criterion: {
      appliesTo: (
        | 'childcare_centre'
        | 'kindergarten'
        | 'hospital'
        | 'maternal_child_health_institute'
        | 'university'
        | 'government_bureau'
        | 'enterprise'
        | 'other'
      )[];
      code: string;
      evidenceRequired: boolean;
      /** Format: uuid */
      id: string;
      points: number;
      text: string;
      trainingCategory: string | null;
      /** @description 一票否决: not met or partly met fails the audit whatever the score. */
      veto: boolean;
    };
    CriterionDto: {
      appliesTo: (
        | 'childcare_centre'
        | 'kindergarten'
        | 'hospital'
        | 'maternal_child_health_institute'
        | 'university'
        | 'government_bureau'
        | 'enterprise'
        | 'other'
      )[];
      code: string;
      evidenceRequired: boolean;
      points: number;
      text: string;
      /** @enum {string} */
      trainingCategory?:
        | 'care_and_feeding'
        | 'health_and_hygiene'
        | 'safety_and_first_aid'
        | 'early_development'
        | 'parenting_guidance'
        | 'medical_childcare_integration'
        | 'management';
      veto: boolean;
    };
    Dashboard: {
      alliance: components['schemas']['DashboardDistrictFigures'];
      /**
       * Format: date
       * @description The day the figures are reckoned for (Asia/Shanghai).
       */
      asOf: string;
      districts: components['schemas']['DashboardDistrictFigures'][];
      membersByKindAndStatus: components['schemas']['DashboardMembersByKindAndStatus'][];
      /** @description The year of “this year”. */
      year: number;
    };
    /** @description Figures of one district, or of the whole alliance. */
    DashboardDistrictFigures: {
      /** @description Corrective actions not closed. */
      actionsOpen: number;
      /** @description Corrective actions not closed, due before `asOf`. */
      actionsOverdue: number;
      /** @description Affordable places (普惠托位) of admitted members. */
      affordablePlaces: number;
      /** @description Per 1,000 children under three (two decimals). */
      affordablePlacesPer1000: number | null;
      /** @description True on the alliance-wide row. */
      alliance: boolean;
      /** @description Audits submitted or closed. */
      auditsDone: number;
      /** @description Certificates (not revoked, of staff who have not left) expiring within 90 days. */
      certificatesExpiring: number;
      /** @description Configured by an admin; null when not set. */
      childrenUnderThree: number | null;
      /** @description Null for the alliance’s row, and for organisations whose district is not known yet. */
      districtCode: string | null;
      districtName: string | null;
      grades: {
        A: number;
        B: number;
        C: number;
        D: number;
        fail: number;
      };
      /** @description Licensed childcare places (托位) of admitted members. */
      licensedPlaces: number;
      /** @description Per 1,000 children under three (two decimals); alliance-wide over the districts with a population. */
      licensedPlacesPer1000: number | null;
      /** @description Admitted members. */
      members: number;
      membersByKind: {
        childcare_centre: number;
        enterprise: number;
        government_bureau: number;
        hospital: number;
        kindergarten: number;
        maternal_child_health_institute: number;
        other: number;
        university: number;
      };
      membersByStatus: {
        admitted: number;
        applied: number;
        expelled: number;
        rejected: number;
        suspended: number;
        withdrawn: number;
      };
      /** @description Resources listed by the district’s members. */
      resourcesOffered: number;
      /** @description Bookings completed and place requests approved for the district’s members. */
      resourcesUsed: number;
      /** @description Staff with a certificate issued this year (Asia/Shanghai), not revoked. */
      staffTrained: number;
      /** @description Credit hours of the certificates issued this year, not revoked. */
      trainingHours: number;
    };
    DashboardDistrictPopulation: {
      childrenUnderThree: number;
      districtCode: string;
      districtName: string | null;
      /** Format: date-time */
      updatedAt: string;
    };
    DashboardExport: {
      /** @description ASCII fallback, e.g. alliance-dashboard-places-2026-11-29.xlsx. */
      asciiFilename: string;
      /**
       * Format: byte
       * @description The .xlsx file, base64.
       */
      contentBase64: string;
      contentType: string;
      /** @description Chinese file name, e.g. 联盟看板-托位-2026-11-29.xlsx. */
      filename: string;
    };
    DashboardMembersByKindAndStatus: {
      /** @description Organisations. */
      count: number;
      districtCode: string | null;
      districtName: string | null;
      /** @enum {string} */
      kind:
        | 'childcare_centre'
        | 'kindergarten'
        | 'hospital'
        | 'maternal_child_health_institute'
        | 'university'
        | 'government_bureau'
        | 'enterprise'
        | 'other';
      /** @enum {string} */
      status: 'applied' | 'admitted' | 'rejected' | 'suspended' | 'withdrawn' | 'expelled';
    };
    DashboardQueryDto: {
      asOf?: string;
    };
    DashboardRebuild: {
      eventsApplied: number;
      /** @description Events read per stream. */
      eventsRead: {
        [key: string]: number;
      };
      /** Format: date-time */
      rebuiltAt: string;
      tookMs: number;
    };
    DeadLetter: {
      consumer: string;
      deliveries: number;
      /** Format: date-time */
      discardedAt: string | null;
      discardedBy: components['schemas']['DeadLetterActor'] | null;
      discardReason: string | null;
      error: string;
      /** Format: uuid */
      eventId: string | null;
      eventType: string | null;
      /** Format: date-time */
      failedAt: string;
      id: string;
      /** @description The message as it arrived, as text (it may not be JSON). */
      payload: string;
      /** Format: date-time */
      replayedAt: string | null;
      replayedBy: components['schemas']['DeadLetterActor'] | null;
      /** @description Why the last replay failed. */
      replayError: string | null;
      /** @enum {string} */
      status: 'open' | 'replayed' | 'discarded';
      stream: string;
      streamSeq: string;
      subject: string;
    };
    /** @description Who replayed or discarded a dead letter. */
    DeadLetterActor: {
      id: string;
      /** @enum {string} */
      kind: 'user' | 'service';
      role?: string;
      username?: string;
    };
    DeadLetterCounts: {
      discarded: number;
      /** Format: date-time */
      oldestOpenAt: string | null;
      open: number;
      replayed: number;
    };
    DeadLetterPage: {
      items: components['schemas']['DeadLetter'][];
      /** @description Pass as `after` for the next page. */
      nextCursor: string | null;
    };
    DecideAffordableDesignationBody: {
      /** @enum {string} */
      decision: 'keep' | 'revoke';
      expectedVersion: number;
      reason: string;
    };
    DecideAffordableDesignationDto: {
      /** @enum {string} */
      decision: 'keep' | 'revoke';
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      reason: string;
    };
    DiscardDeadLetterBody: {
      reason: string;
    };
    DiscardDeadLetterRequest: {
      id: string;
      reason: string;
    };
    DissolveWorkingGroupBody: {
      expectedVersion: number;
      reason?: string;
    };
    DissolveWorkingGroupDto: {
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      reason?: string;
    };
    District: {
      active: boolean;
      code: string;
      name: string;
      sortOrder: number;
    };
    DistrictAttendance: {
      districtCode: string;
      organisations: number;
      signedIn: number;
    };
    DistrictFigures: {
      admittedByKind: {
        childcare_centre: number;
        enterprise: number;
        government_bureau: number;
        hospital: number;
        kindergarten: number;
        maternal_child_health_institute: number;
        other: number;
        university: number;
      };
      /** @description Of admitted organisations. */
      affordablePlaces: number;
      districtCode: string;
      districtName: string;
      /** @description Of admitted organisations. */
      licensedPlaces: number;
      membersByStatus: {
        admitted: number;
        applied: number;
        expelled: number;
        rejected: number;
        suspended: number;
        withdrawn: number;
      };
    };
    DistrictFiguresDto: {
      includeInactive?: boolean;
    };
    DistrictFiguresView: {
      districts: components['schemas']['DistrictFigures'][];
      total: {
        admittedByKind: {
          childcare_centre: number;
          enterprise: number;
          government_bureau: number;
          hospital: number;
          kindergarten: number;
          maternal_child_health_institute: number;
          other: number;
          university: number;
        };
        /** @description Of admitted organisations. */
        affordablePlaces: number;
        /** @description Of admitted organisations. */
        licensedPlaces: number;
        membersByStatus: {
          admitted: number;
          applied: number;
          expelled: number;
          rejected: number;
          suspended: number;
          withdrawn: number;
        };
      };
    };
    DistrictPopulationBodyDto: {
      childrenUnderThree: number;
      districtName?: string;
    };
    DistrictReciprocity: {
      districtCode: string;
      resourcesOffered: number;
      usedByOthers: components['schemas']['SharingFigures'];
      usedOfOthers: components['schemas']['SharingFigures'];
    };
    DraftNextEditionDto: {
      /** Format: uuid */
      id: string;
    };
    EnrolDto: {
      /** Format: uuid */
      sessionId: string;
      /** Format: uuid */
      staffId: string;
    };
    Enrolment: {
      cancellationReason: string | null;
      /** Format: date-time */
      cancelledAt: string | null;
      /** Format: date-time */
      confirmedAt: string | null;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organisationId: string;
      /** @description Confirmed from the waitlist when a seat was freed. */
      promoted: boolean;
      /** Format: date-time */
      requestedAt: string;
      /** @description Order of request within the session. */
      requestNumber: number;
      /** Format: uuid */
      sessionId: string;
      /** Format: uuid */
      staffId: string;
      staffName: string;
      /** @enum {string} */
      status: 'confirmed' | 'waitlisted' | 'cancelled';
      /** @description Send as `expectedVersion` with the next change. */
      version: number;
      /** @description 1 = promoted next; null unless waitlisted. */
      waitlistPosition: number | null;
    };
    EnrolmentEventData: {
      /** Format: uuid */
      courseId: string;
      /** Format: uuid */
      enrolmentId: string;
      /** Format: uuid */
      organisationId: string;
      /** Format: uuid */
      promotedEnrolmentId?: string;
      reason?: string;
      requestNumber: number;
      /** Format: uuid */
      sessionId: string;
      /** Format: uuid */
      staffId: string;
      /** @enum {string} */
      status: 'confirmed' | 'waitlisted' | 'cancelled';
      waitlistPosition?: number;
    };
    EnrolmentList: components['schemas']['Enrolment'][];
    EventActor: {
      id: string;
      kind: string;
      role?: string;
    };
    EventEnvelope: {
      actor: components['schemas']['EventActor'];
      aggregateId: string;
      aggregateVersion: number;
      causationId?: string;
      correlationId: string;
      data: Record<string, never>;
      /** Format: uuid */
      eventId: string;
      occurredAt: string;
      type: string;
      version: number;
    };
    Evidence: {
      /** Format: uuid */
      actionId: string | null;
      /** Format: date-time */
      addedAt: string;
      addedBy: string;
      /** @description A training certificate recorded as evidence; `url` is its public verification page. */
      certificate: components['schemas']['CertificateEvidence'] | null;
      contentType: string | null;
      /** Format: uuid */
      criterionId: string | null;
      fileName: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'file' | 'link';
      /** @description Hex SHA-256 of the file, checked on every read. */
      sha256: string | null;
      sizeBytes: number | null;
      title: string | null;
      url: string | null;
    };
    EvidenceContent: {
      /** Format: byte */
      contentBase64: string;
      contentType: string;
      fileName: string;
      /** Format: uuid */
      id: string;
      sha256: string;
      sizeBytes: number;
    };
    EvidenceIdDto: {
      /** Format: uuid */
      id: string;
    };
    ExpelMemberBody: {
      expectedVersion: number;
      reason: string;
    };
    ExpiringItem: {
      /** @description Negative when already expired. */
      daysLeft: number;
      /** Format: date */
      expiresOn: string;
      itemId: string;
      /** @enum {string} */
      kind: 'certificate' | 'qualification' | 'health_certificate';
      /** Format: uuid */
      organisationId: string;
      /** Format: uuid */
      staffId: string;
      staffName: string;
      what: string;
    };
    ExpiringItemData: {
      daysLeft: number;
      expiresOn: string;
      itemId: string;
      /** @enum {string} */
      kind: 'certificate' | 'qualification' | 'health_certificate';
      /** Format: uuid */
      organisationId: string;
      /** Format: uuid */
      staffId: string;
      what: string;
    };
    ExpiringItems: {
      /** Format: date */
      asOf: string;
      items: components['schemas']['ExpiringItem'][];
      withinDays: number;
    };
    ExpiringItemsDto: {
      /** Format: uuid */
      organisationId?: string;
      withinDays: number;
    };
    ExpiryCheck: {
      /** @description Items announced now (each item and expiry date once, ever). */
      announced: number;
      /** Format: date */
      asOf: string;
      withinDays: number;
    };
    ExportDashboardDto: {
      asOf?: string;
      /** @enum {string} */
      table: 'overview' | 'members' | 'places' | 'training' | 'compliance' | 'resources' | 'all';
    };
    FieldError: {
      /** @description Dotted path of the failing field, e.g. `contacts.0.phone`. */
      field: string;
      reasons: string[];
    };
    Finding: {
      action: components['schemas']['CorrectiveAction'];
      /** Format: uuid */
      auditId: string;
      criterionCode: string;
      /** Format: uuid */
      criterionId: string;
      criterionText: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organisationId: string;
      pointsLost: number;
      /** Format: date-time */
      raisedAt: string;
      /** @enum {string} */
      result: 'partly_met' | 'not_met';
      /** @enum {string} */
      severity: 'critical' | 'major' | 'minor';
      trainingCategory: string | null;
      veto: boolean;
    };
    FindingPage: {
      items: components['schemas']['Finding'][];
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
    };
    FormWorkingGroupDto: {
      /** Format: uuid */
      chairOrganisationId: string;
      description?: string;
      memberOrganisationIds?: string[];
      name: string;
    };
    GetBookingDto: {
      /** Format: uuid */
      id: string;
    };
    GetCourseDto: {
      /** Format: uuid */
      id: string;
    };
    GetMemberDto: {
      /** Format: uuid */
      id: string;
    };
    GetRequirementDto: {
      /** Format: uuid */
      id: string;
    };
    GetResourceDto: {
      /** Format: uuid */
      id: string;
    };
    GetSessionDto: {
      /** Format: uuid */
      id: string;
    };
    GetStaffDto: {
      /** Format: uuid */
      id: string;
    };
    GetWorkingGroupDto: {
      /** Format: uuid */
      id: string;
    };
    GradeBand: {
      /** @enum {string} */
      grade: 'A' | 'B' | 'C' | 'D';
      minPercent: number;
    };
    GradeBandDto: {
      /** @enum {string} */
      grade: 'A' | 'B' | 'C' | 'D';
      minPercent: number;
    };
    Health: {
      /** @enum {string} */
      status: 'ok';
    };
    HoursLedger: {
      organisations: {
        hours: number;
        /** Format: uuid */
        organisationId: string;
        organisationName: string | null;
        people: number;
      }[];
      people: {
        certificates: number;
        hours: number;
        name: string;
        /** Format: uuid */
        organisationId: string;
        /** Format: uuid */
        staffId: string;
      }[];
      totalHours: number;
      year: number;
    };
    HoursLedgerDto: {
      /** Format: uuid */
      organisationId?: string;
      year: number;
    };
    Inspector: {
      accountId: string;
      name: string;
    };
    InspectorRefDto: {
      accountId: string;
      name: string;
      /** Format: uuid */
      organisationId?: string;
    };
    ListActionItemsDto: {
      cursor?: string;
      limit?: number;
      /** Format: uuid */
      meetingId?: string;
      open?: boolean;
      /** Format: uuid */
      ownerOrganisationId?: string;
    };
    ListAuditsDto: {
      cursor?: string;
      inspectorId?: string;
      limit?: number;
      /** Format: uuid */
      organisationId?: string;
      /** @enum {string} */
      status?: 'planned' | 'in_progress' | 'submitted' | 'closed' | 'cancelled';
      unassigned?: boolean;
    };
    ListBookingsDto: {
      cursor?: string;
      from?: string;
      limit?: number;
      /** Format: uuid */
      organisationId?: string;
      /** Format: uuid */
      ownerOrganisationId?: string;
      /** Format: uuid */
      resourceId?: string;
      /** Format: uuid */
      seriesId?: string;
      /** @enum {string} */
      status?: 'requested' | 'approved' | 'rejected' | 'cancelled' | 'expired' | 'completed' | 'no_show';
      to?: string;
    };
    ListCertificatesDto: {
      /** Format: uuid */
      courseId?: string;
      cursor?: string;
      limit?: number;
      /** Format: uuid */
      organisationId?: string;
      /** Format: uuid */
      sessionId?: string;
      /** Format: uuid */
      staffId?: string;
      /** @enum {string} */
      validity?: 'valid' | 'expired' | 'revoked';
    };
    ListCoursesDto: {
      /** @enum {string} */
      category?:
        | 'care_and_feeding'
        | 'health_and_hygiene'
        | 'safety_and_first_aid'
        | 'early_development'
        | 'parenting_guidance'
        | 'medical_childcare_integration'
        | 'management';
      cursor?: string;
      limit?: number;
      /** @enum {string} */
      status?: 'draft' | 'published' | 'retired';
    };
    ListDeadLettersRequest: {
      after?: string;
      consumer?: string;
      limit?: number;
      /** @enum {string} */
      status?: 'open' | 'replayed' | 'discarded' | 'all';
    };
    ListDistrictsDto: {
      includeInactive?: boolean;
    };
    ListFindingsDto: {
      /** Format: uuid */
      auditId?: string;
      cursor?: string;
      limit?: number;
      open?: boolean;
      /** Format: uuid */
      organisationId?: string;
      /** @enum {string} */
      severity?: 'critical' | 'major' | 'minor';
      /** @enum {string} */
      trainingCategory?:
        | 'care_and_feeding'
        | 'health_and_hygiene'
        | 'safety_and_first_aid'
        | 'early_development'
        | 'parenting_guidance'
        | 'medical_childcare_integration'
        | 'management';
    };
    ListMeetingsDto: {
      cursor?: string;
      /** @enum {string} */
      kind?: 'alliance_meeting' | 'working_group_meeting' | 'site_visit' | 'forum';
      limit?: number;
      /** @enum {string} */
      status?: 'scheduled' | 'cancelled';
    };
    ListMembersDto: {
      /** @enum {string} */
      affordableDesignation?: 'designated' | 'under_review' | 'revoked' | 'none';
      /** @enum {string} */
      allianceRole?: 'lead_unit' | 'guidance_centre' | 'member';
      cursor?: string;
      districtCode?: string;
      /** @enum {string} */
      kind?:
        | 'childcare_centre'
        | 'kindergarten'
        | 'hospital'
        | 'maternal_child_health_institute'
        | 'university'
        | 'government_bureau'
        | 'enterprise'
        | 'other';
      limit?: number;
      /** @enum {string} */
      order?: 'asc' | 'desc';
      /** @enum {string} */
      sort?: 'name' | 'appliedAt';
      /** @enum {string} */
      status?: 'applied' | 'admitted' | 'rejected' | 'suspended' | 'withdrawn' | 'expelled';
      text?: string;
    };
    ListNoticesDto: {
      /** @enum {string} */
      category?: 'policy' | 'notice' | 'meeting_notice' | 'standard_update';
      cursor?: string;
      limit?: number;
      owing?: boolean;
      /** @enum {string} */
      status?: 'draft' | 'published' | 'withdrawn' | 'superseded';
    };
    ListPlaceRequestsDto: {
      cursor?: string;
      limit?: number;
      /** Format: uuid */
      organisationId?: string;
      /** Format: uuid */
      ownerOrganisationId?: string;
      /** Format: uuid */
      resourceId?: string;
      /** @enum {string} */
      status?: 'requested' | 'approved' | 'rejected' | 'cancelled' | 'expired';
    };
    ListPracticesDto: {
      cursor?: string;
      /** @enum {string} */
      kind?: 'case' | 'report' | 'research';
      limit?: number;
      q?: string;
      /** @enum {string} */
      status?: 'draft' | 'published';
      tag?: string;
    };
    ListRequirementsDto: {
      /** @enum {string} */
      category?:
        | 'care_and_feeding'
        | 'health_and_hygiene'
        | 'safety_and_first_aid'
        | 'early_development'
        | 'parenting_guidance'
        | 'medical_childcare_integration'
        | 'management';
      cursor?: string;
      limit?: number;
      /** Format: uuid */
      organisationId?: string;
      /** @enum {string} */
      status?: 'open' | 'met' | 'closed' | 'withdrawn';
    };
    ListResourceDto: {
      address?: string;
      availableFrom?: string;
      availableUntil?: string;
      blackouts?: components['schemas']['BlackoutDto'][];
      capacity: number;
      description?: string;
      districtCode?: string;
      /** @enum {string} */
      kind: 'venue' | 'expert' | 'equipment' | 'material' | 'places';
      openingHours?: components['schemas']['OpeningHoursDto'][];
      /** Format: uuid */
      ownerOrganisationId: string;
      policy: components['schemas']['BookingPolicyDto'];
      title: string;
      /** @enum {string} */
      visibility: 'alliance' | 'districts';
      visibleDistricts?: string[];
    };
    ListSessionEnrolmentsDto: {
      /** Format: uuid */
      id: string;
    };
    ListSessionsDto: {
      /** Format: uuid */
      courseId?: string;
      cursor?: string;
      from?: string;
      limit?: number;
      /** @enum {string} */
      status?: 'scheduled' | 'cancelled' | 'completed';
      trainerId?: string;
      /** @enum {string} */
      venueState?: 'pending' | 'confirmed' | 'flagged' | 'released';
    };
    ListStaffDto: {
      cursor?: string;
      limit?: number;
      /** Format: uuid */
      organisationId?: string;
      /** @enum {string} */
      role?:
        | 'caregiver'
        | 'infant_care_specialist'
        | 'health_staff'
        | 'teacher'
        | 'director'
        | 'cook'
        | 'security'
        | 'other';
      /** @enum {string} */
      status?: 'active' | 'left';
      text?: string;
    };
    ListStandardsDto: {
      code?: string;
      limit?: number;
      /** @enum {string} */
      status?: 'draft' | 'published' | 'retired';
    };
    ListTasksDto: {
      cursor?: string;
      /** @enum {string} */
      kind?:
        | 'notice_acknowledgement'
        | 'meeting_invitation'
        | 'action_item'
        | 'booking_approval'
        | 'corrective_action'
        | 'audit'
        | 'enrolment_promotion';
      limit?: number;
      /** @enum {string} */
      order?: 'due' | 'newest';
    };
    ListWorkingGroupsDto: {
      needsChair?: boolean;
      /** Format: uuid */
      organisationId?: string;
      /** @enum {string} */
      status?: 'active' | 'dissolved' | 'all';
    };
    Location: {
      address: string | null;
      /** @enum {string} */
      kind: 'address' | 'online' | 'venue';
      /**
       * Format: uuid
       * @description Kind venue: the member organisation the venue is booked for at resource sharing.
       */
      organisationId: string | null;
      /** Format: uuid */
      resourceId: string | null;
      url: string | null;
    };
    LocationDto: {
      address?: string;
      /** @enum {string} */
      kind: 'address' | 'online' | 'venue';
      /** Format: uuid */
      organisationId?: string;
      /** Format: uuid */
      resourceId?: string;
      /** Format: url */
      url?: string;
    };
    LoginBody: {
      password: string;
      username: string;
    };
    LoginResult: {
      /** @description JWT; send as `Authorization: Bearer <token>`. */
      accessToken: string;
      account: components['schemas']['Account'];
      /** @description Seconds until the token expires. */
      expiresIn: number;
      /** @description True: the token only serves `POST /api/v1/auth/password` until the password is changed. */
      mustChangePassword: boolean;
      /** @enum {string} */
      tokenType: 'Bearer';
    };
    MarkNoShowBody: {
      expectedVersion: number;
    };
    Meeting: {
      /** Format: date-time */
      endsAt: string;
      /** Format: uuid */
      id: string;
      /** @description The same time in Asia/Shanghai, `2026-12-01 09:00–11:30`. */
      local: string;
      /** Format: date-time */
      startsAt: string;
    };
    MeetingAttendance: {
      accounts: components['schemas']['SignedInAccount'][];
      districts: components['schemas']['DistrictAttendance'][];
      /** Format: uuid */
      meetingId: string;
      organisations: components['schemas']['OrganisationAttendance'][];
      signedIn: number;
    };
    MeetingData: {
      endsAt: string;
      /** Format: uuid */
      meetingId: string;
      startsAt: string;
    };
    MeetingDto: {
      endsAt: string;
      startsAt: string;
    };
    MeetingIdDto: {
      /** Format: uuid */
      id: string;
    };
    MeetingInvitation: {
      /** @enum {string|null} */
      answer: 'attending' | 'declined' | null;
      /** Format: date-time */
      answeredAt: string | null;
      attendees: number | null;
      districtCode: string;
      name: string;
      note: string | null;
      /** Format: uuid */
      organisationId: string;
      /** Format: date-time */
      releasedAt: string | null;
    };
    MeetingMinutes: {
      decisions: string[];
      /** Format: date-time */
      publishedAt: string;
      publishedBy: string;
      summary: string;
    };
    MeetingPlace: {
      address: string | null;
      /** @enum {string} */
      kind: 'address' | 'online' | 'venue';
      /**
       * Format: uuid
       * @description A venue of resource sharing.
       */
      resourceId: string | null;
      url: string | null;
    };
    MeetingVenue: {
      /** Format: uuid */
      bookingId: string | null;
      /** Format: uuid */
      organisationId: string;
      /** @description Why it is flagged (refused, rejected, cancelled, expired) or released. */
      reason: string | null;
      /** Format: uuid */
      resourceId: string;
      /** @enum {string} */
      state: 'pending' | 'confirmed' | 'flagged' | 'released';
    };
    MemberAdmittedData: {
      address: string;
      admittedAt: string;
      affordablePlaces: number;
      /** @enum {string} */
      allianceRole: 'lead_unit' | 'guidance_centre' | 'member';
      creditCode: string;
      districtCode: string;
      districtName: string;
      /** @enum {string} */
      fromStatus: 'applied' | 'admitted' | 'rejected' | 'suspended' | 'withdrawn' | 'expelled';
      /** @enum {string} */
      kind:
        | 'childcare_centre'
        | 'kindergarten'
        | 'hospital'
        | 'maternal_child_health_institute'
        | 'university'
        | 'government_bureau'
        | 'enterprise'
        | 'other';
      licensedPlaces: number;
      /** Format: uuid */
      memberId: string;
      name: string;
      nameEn?: string;
      /** @enum {string} */
      ownership: 'state_owned' | 'university_run' | 'public_institution' | 'private' | 'other';
      reason?: string;
      /** @enum {string} */
      status: 'applied' | 'admitted' | 'rejected' | 'suspended' | 'withdrawn' | 'expelled';
    };
    MemberAffordableDesignationReviewedData: {
      address: string;
      affordablePlaces: number;
      /** @enum {string} */
      allianceRole: 'lead_unit' | 'guidance_centre' | 'member';
      /** Format: uuid */
      auditId: string;
      creditCode: string;
      /** @enum {string} */
      decision: 'keep' | 'revoke';
      districtCode: string;
      districtName: string;
      /** @enum {string} */
      kind:
        | 'childcare_centre'
        | 'kindergarten'
        | 'hospital'
        | 'maternal_child_health_institute'
        | 'university'
        | 'government_bureau'
        | 'enterprise'
        | 'other';
      licensedPlaces: number;
      /** Format: uuid */
      memberId: string;
      name: string;
      nameEn?: string;
      /** @enum {string} */
      ownership: 'state_owned' | 'university_run' | 'public_institution' | 'private' | 'other';
      previousAffordablePlaces: number;
      reason: string;
      reviewedAt: string;
      /** @enum {string} */
      status: 'applied' | 'admitted' | 'rejected' | 'suspended' | 'withdrawn' | 'expelled';
    };
    MemberAffordableDesignationReviewOpenedData: {
      affordablePlaces: number;
      /** Format: uuid */
      auditId: string;
      districtCode: string;
      /** @enum {string} */
      grade: 'A' | 'B' | 'C' | 'D' | 'fail';
      /** Format: uuid */
      memberId: string;
      name: string;
      openedAt: string;
      standardCode: string;
    };
    MemberAppliedData: {
      address: string;
      affordablePlaces: number;
      /** @enum {string} */
      allianceRole: 'lead_unit' | 'guidance_centre' | 'member';
      appliedAt: string;
      creditCode: string;
      districtCode: string;
      districtName: string;
      /** @enum {string} */
      kind:
        | 'childcare_centre'
        | 'kindergarten'
        | 'hospital'
        | 'maternal_child_health_institute'
        | 'university'
        | 'government_bureau'
        | 'enterprise'
        | 'other';
      licensedPlaces: number;
      /** Format: uuid */
      memberId: string;
      name: string;
      nameEn?: string;
      /** @enum {string} */
      ownership: 'state_owned' | 'university_run' | 'public_institution' | 'private' | 'other';
      /** Format: uuid */
      previousApplicationId?: string;
      /** @enum {string} */
      status: 'applied' | 'admitted' | 'rejected' | 'suspended' | 'withdrawn' | 'expelled';
    };
    MemberContact: {
      /** Format: email */
      email: string | null;
      name: string;
      phone: string;
      role: string;
    };
    MemberContactDto: {
      /** Format: email */
      email?: string;
      name: string;
      /** @description the value must be a mainland mobile (1[3-9] and 9 digits) or a landline like 028-12345678 */
      phone: string;
      role: string;
    };
    /** @description `contacts` is left out unless the caller may read them: admins, inspectors and trainers always; a member_rep only for its own organisation; a viewer never. History is oldest first; grades are the latest per standard. */
    MemberDetail: {
      address: string;
      /**
       * @description The affordable-place designation: `under_review` after a failed audit (grade `fail` or D) until an admin keeps or revokes it; `revoked` leaves 0 affordable places; `none` when it offers none.
       * @enum {string}
       */
      affordableDesignation: 'designated' | 'under_review' | 'revoked' | 'none';
      /** @description The latest review of the affordable-place designation (open or decided); null if none ever was. */
      affordableDesignationReview: components['schemas']['AffordableDesignationReview'] | null;
      /** @description 普惠托位; never more than licensedPlaces. */
      affordablePlaces: number;
      /** @enum {string} */
      allianceRole: 'lead_unit' | 'guidance_centre' | 'member';
      /** Format: date-time */
      appliedAt: string;
      contacts?: components['schemas']['MemberContact'][];
      /** @description 统一社会信用代码 (18 characters). */
      creditCode: string;
      districtCode: string;
      districtName: string;
      grades: components['schemas']['MemberGrade'][];
      history: components['schemas']['MemberHistoryEntry'][];
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind:
        | 'childcare_centre'
        | 'kindergarten'
        | 'hospital'
        | 'maternal_child_health_institute'
        | 'university'
        | 'government_bureau'
        | 'enterprise'
        | 'other';
      licensedPlaces: number;
      /** @description Registered Chinese name. */
      name: string;
      nameEn: string | null;
      /** @enum {string} */
      ownership: 'state_owned' | 'university_run' | 'public_institution' | 'private' | 'other';
      /**
       * Format: uuid
       * @description The earlier record with the same credit code when this is an application made again.
       */
      previousApplicationId: string | null;
      /** @enum {string} */
      status: 'applied' | 'admitted' | 'rejected' | 'suspended' | 'withdrawn' | 'expelled';
      /** Format: date-time */
      statusChangedAt: string | null;
      /** Format: date-time */
      updatedAt: string;
      /** @description Send as `expectedVersion` with the next change. */
      version: number;
    };
    MemberGrade: {
      /** Format: uuid */
      auditId: string;
      /**
       * @description `fail`: a veto criterion (一票否决) failed.
       * @enum {string}
       */
      grade: 'A' | 'B' | 'C' | 'D' | 'fail';
      /** Format: date-time */
      gradedAt: string;
      /** @description Exact decimal of the standard’s total, e.g. "823.53". */
      score: string;
      standardCode: string;
      /** Format: uuid */
      standardId: string;
    };
    MemberHistoryEntry: {
      /** @enum {string} */
      action:
        | 'applied'
        | 'admitted'
        | 'rejected'
        | 'suspended'
        | 'reinstated'
        | 'withdrawn'
        | 'expelled'
        | 'profile-updated'
        | 'affordable-designation-review-opened'
        | 'affordable-designation-kept'
        | 'affordable-designation-revoked';
      actor: {
        id: string;
        role: string | null;
      };
      /** Format: date-time */
      at: string;
      /** @description Request id of the request that made the change. */
      correlationId: string;
      /** @enum {string|null} */
      fromStatus: 'applied' | 'admitted' | 'rejected' | 'suspended' | 'withdrawn' | 'expelled' | null;
      reason: string | null;
      /** @enum {string} */
      toStatus: 'applied' | 'admitted' | 'rejected' | 'suspended' | 'withdrawn' | 'expelled';
      version: number;
    };
    MemberPage: {
      items: components['schemas']['MemberSummary'][];
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
    };
    MemberProfileData: {
      address: string;
      affordablePlaces: number;
      /** @enum {string} */
      allianceRole: 'lead_unit' | 'guidance_centre' | 'member';
      creditCode: string;
      districtCode: string;
      districtName: string;
      /** @enum {string} */
      kind:
        | 'childcare_centre'
        | 'kindergarten'
        | 'hospital'
        | 'maternal_child_health_institute'
        | 'university'
        | 'government_bureau'
        | 'enterprise'
        | 'other';
      licensedPlaces: number;
      /** Format: uuid */
      memberId: string;
      name: string;
      nameEn?: string;
      /** @enum {string} */
      ownership: 'state_owned' | 'university_run' | 'public_institution' | 'private' | 'other';
      /** @enum {string} */
      status: 'applied' | 'admitted' | 'rejected' | 'suspended' | 'withdrawn' | 'expelled';
    };
    MemberProfileUpdatedData: {
      address: string;
      affordablePlaces: number;
      /** @enum {string} */
      allianceRole: 'lead_unit' | 'guidance_centre' | 'member';
      changedFields: string[];
      creditCode: string;
      districtCode: string;
      districtName: string;
      /** @enum {string} */
      kind:
        | 'childcare_centre'
        | 'kindergarten'
        | 'hospital'
        | 'maternal_child_health_institute'
        | 'university'
        | 'government_bureau'
        | 'enterprise'
        | 'other';
      licensedPlaces: number;
      /** Format: uuid */
      memberId: string;
      name: string;
      nameEn?: string;
      /** @enum {string} */
      ownership: 'state_owned' | 'university_run' | 'public_institution' | 'private' | 'other';
      /** @enum {string} */
      status: 'applied' | 'admitted' | 'rejected' | 'suspended' | 'withdrawn' | 'expelled';
    };
    MemberReinstatedData: {
      address: string;
      affordablePlaces: number;
      /** @enum {string} */
      allianceRole: 'lead_unit' | 'guidance_centre' | 'member';
      creditCode: string;
      districtCode: string;
      districtName: string;
      /** @enum {string} */
      fromStatus: 'applied' | 'admitted' | 'rejected' | 'suspended' | 'withdrawn' | 'expelled';
      /** @enum {string} */
      kind:
        | 'childcare_centre'
        | 'kindergarten'
        | 'hospital'
        | 'maternal_child_health_institute'
        | 'university'
        | 'government_bureau'
        | 'enterprise'
        | 'other';
      licensedPlaces: number;
      /** Format: uuid */
      memberId: string;
      name: string;
      nameEn?: string;
      /** @enum {string} */
      ownership: 'state_owned' | 'university_run' | 'public_institution' | 'private' | 'other';
      reason?: string;
      reinstatedAt: string;
      /** @enum {string} */
      status: 'applied' | 'admitted' | 'rejected' | 'suspended' | 'withdrawn' | 'expelled';
    };
    MemberStatusChangeData: {
      changedAt: string;
      districtCode: string;
      /** @enum {string} */
      fromStatus: 'applied' | 'admitted' | 'rejected' | 'suspended' | 'withdrawn' | 'expelled';
      /** Format: uuid */
      memberId: string;
      name: string;
      reason?: string;
      /** @enum {string} */
      toStatus: 'applied' | 'admitted' | 'rejected' | 'suspended' | 'withdrawn' | 'expelled';
    };
    /** @description One row of a member list (no contacts). */
    MemberSummary: {
      /**
       * @description The affordable-place designation: `under_review` after a failed audit (grade `fail` or D) until an admin keeps or revokes it; `revoked` leaves 0 affordable places; `none` when it offers none.
       * @enum {string}
       */
      affordableDesignation: 'designated' | 'under_review' | 'revoked' | 'none';
      /** @description 普惠托位; never more than licensedPlaces. */
      affordablePlaces: number;
      /** @enum {string} */
      allianceRole: 'lead_unit' | 'guidance_centre' | 'member';
      /** Format: date-time */
      appliedAt: string;
      /** @description 统一社会信用代码 (18 characters). */
      creditCode: string;
      districtCode: string;
      districtName: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind:
        | 'childcare_centre'
        | 'kindergarten'
        | 'hospital'
        | 'maternal_child_health_institute'
        | 'university'
        | 'government_bureau'
        | 'enterprise'
        | 'other';
      licensedPlaces: number;
      /** @description Registered Chinese name. */
      name: string;
      nameEn: string | null;
      /** @enum {string} */
      ownership: 'state_owned' | 'university_run' | 'public_institution' | 'private' | 'other';
      /** @enum {string} */
      status: 'applied' | 'admitted' | 'rejected' | 'suspended' | 'withdrawn' | 'expelled';
      /** @description Send as `expectedVersion` with the next change. */
      version: number;
    };
    MemberTransitionDto: {
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      reason?: string;
    };
    /** @description `contacts` is left out unless the caller may read them: admins, inspectors and trainers always; a member_rep only for its own organisation; a viewer never. */
    MemberView: {
      address: string;
      /**
       * @description The affordable-place designation: `under_review` after a failed audit (grade `fail` or D) until an admin keeps or revokes it; `revoked` leaves 0 affordable places; `none` when it offers none.
       * @enum {string}
       */
      affordableDesignation: 'designated' | 'under_review' | 'revoked' | 'none';
      /** @description The latest review of the affordable-place designation (open or decided); null if none ever was. */
      affordableDesignationReview: components['schemas']['AffordableDesignationReview'] | null;
      /** @description 普惠托位; never more than licensedPlaces. */
      affordablePlaces: number;
      /** @enum {string} */
      allianceRole: 'lead_unit' | 'guidance_centre' | 'member';
      /** Format: date-time */
      appliedAt: string;
      contacts?: components['schemas']['MemberContact'][];
      /** @description 统一社会信用代码 (18 characters). */
      creditCode: string;
      districtCode: string;
      districtName: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind:
        | 'childcare_centre'
        | 'kindergarten'
        | 'hospital'
        | 'maternal_child_health_institute'
        | 'university'
        | 'government_bureau'
        | 'enterprise'
        | 'other';
      licensedPlaces: number;
      /** @description Registered Chinese name. */
      name: string;
      nameEn: string | null;
      /** @enum {string} */
      ownership: 'state_owned' | 'university_run' | 'public_institution' | 'private' | 'other';
      /**
       * Format: uuid
       * @description The earlier record with the same credit code when this is an application made again.
       */
      previousApplicationId: string | null;
      /** @enum {string} */
      status: 'applied' | 'admitted' | 'rejected' | 'suspended' | 'withdrawn' | 'expelled';
      /** Format: date-time */
      statusChangedAt: string | null;
      /** Format: date-time */
      updatedAt: string;
      /** @description Send as `expectedVersion` with the next change. */
      version: number;
    };
    NameWorkingGroupChairBody: {
      expectedVersion: number;
      /** Format: uuid */
      organisationId: string;
    };
    NameWorkingGroupChairDto: {
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organisationId: string;
    };
    Notice: {
      /** Format: date-time */
      acknowledgeBy: string | null;
      acknowledgedCount: number | null;
      /** @description Organisations addressed (fixed at publication); null for a draft. */
      addressedCount: number | null;
      attachments: components['schemas']['Attachment'][];
      audience: components['schemas']['Audience'];
      /** @description Markdown. */
      body: string;
      /** @enum {string} */
      category: 'policy' | 'notice' | 'meeting_notice' | 'standard_update';
      /** Format: date-time */
      createdAt: string;
      createdBy: string;
      /** Format: uuid */
      id: string;
      issuer: string;
      /** @description The caller's organisation, when the notice is addressed to it. */
      mine: components['schemas']['OwnAcknowledgement'] | null;
      /** Format: date-time */
      publishedAt: string | null;
      reminderDaysBefore: number | null;
      /** @description Every organisation addressed acknowledges it (签收) once, by the deadline. */
      requiresAcknowledgement: boolean;
      /** @enum {string} */
      status: 'draft' | 'published' | 'withdrawn' | 'superseded';
      /** Format: uuid */
      supersededById: string | null;
      /** Format: uuid */
      supersedesId: string | null;
      title: string;
      /** @description Send as `expectedVersion` with the next change. */
      version: number;
      /** Format: date-time */
      withdrawnAt: string | null;
      withdrawReason: string | null;
    };
    NoticeAcknowledgements: {
      /** Format: date-time */
      acknowledgeBy: string | null;
      /** Format: date-time */
      asOf: string;
      districts: components['schemas']['NoticeDistrictFigures'][];
      /** Format: uuid */
      noticeId: string;
      organisations: components['schemas']['NoticeRecipient'][];
      totals: components['schemas']['NoticeAcknowledgementTotals'];
    };
    NoticeAcknowledgementTotals: {
      acknowledged: number;
      addressed: number;
      outstanding: number;
      /** @description Left the alliance before acknowledging: no longer owed. */
      released: number;
    };
    NoticeDistrictFigures: {
      acknowledged: number;
      addressed: number;
      districtCode: string;
      outstanding: number;
    };
    NoticeIdDto: {
      /** Format: uuid */
      id: string;
    };
    NoticePage: {
      items: components['schemas']['NoticeSummary'][];
      /** @description Pass as `cursor` for the next page; null on the last. */
      nextCursor: string | null;
    };
    NoticeRecipient: {
      /** Format: date-time */
      acknowledgedAt: string | null;
      acknowledgedBy: string | null;
      districtCode: string;
      kind: string;
      /** @description Acknowledged after the deadline. */
      late: boolean;
      name: string;
      /** Format: uuid */
      organisationId: string;
      /** Format: date-time */
      releasedAt: string | null;
      /** Format: date-time */
      remindedAt: string | null;
      reply: string | null;
    };
    NoticeSummary: {
      /** Format: date-time */
      acknowledgeBy: string | null;
      acknowledgedCount: number | null;
      /** @description Organisations addressed (fixed at publication); null for a draft. */
      addressedCount: number | null;
      audience: components['schemas']['Audience'];
      /** @enum {string} */
      category: 'policy' | 'notice' | 'meeting_notice' | 'standard_update';
      /** Format: uuid */
      id: string;
      issuer: string;
      /** @description The caller's organisation, when the notice is addressed to it. */
      mine: components['schemas']['OwnAcknowledgement'] | null;
      /** Format: date-time */
      publishedAt: string | null;
      reminderDaysBefore: number | null;
      /** @description Every organisation addressed acknowledges it (签收) once, by the deadline. */
      requiresAcknowledgement: boolean;
      /** @enum {string} */
      status: 'draft' | 'published' | 'withdrawn' | 'superseded';
      /** Format: uuid */
      supersededById: string | null;
      /** Format: uuid */
      supersedesId: string | null;
      title: string;
      /** @description Send as `expectedVersion` with the next change. */
      version: number;
    };
    OmitAcknowledgeNoticeDtoId: {
      reply?: string;
    };
    OmitAddWorkingGroupMemberDtoId: {
      expectedVersion: number;
      /** Format: uuid */
      organisationId: string;
    };
    OmitAdmitMemberDtoId: {
      expectedVersion: number;
      reason?: string;
    };
    OmitAmendAuditDtoId: {
      answers: components['schemas']['AmendedAnswerDto'][];
      expectedVersion: number;
      reason: string;
    };
    OmitAnswerCriterionDtoAuditIdCriterionId: {
      notes?: string;
      pointsAwarded?: number;
      reason?: string;
      /** @enum {string} */
      result: 'met' | 'partly_met' | 'not_met' | 'not_applicable';
    };
    OmitAnswerInvitationDtoId: {
      /** @enum {string} */
      answer: 'attending' | 'declined';
      attendees?: number;
      note?: string;
    };
    OmitApproveBookingDtoId: {
      expectedVersion: number;
      note?: string;
    };
    OmitApprovePlaceRequestDtoId: {
      expectedVersion: number;
      note?: string;
    };
    OmitAssignInspectorsDtoIdInspectors: {
      expectedVersion: number;
      plannedDate?: string;
    };
    OmitCancelAuditDtoId: {
      expectedVersion: number;
      reason: string;
    };
    OmitCancelBookingDtoId: {
      expectedVersion: number;
      reason: string;
    };
    OmitCancelEnrolmentDtoId: {
      expectedVersion: number;
      reason?: string;
    };
    OmitCancelMeetingDtoId: {
      expectedVersion: number;
      reason: string;
    };
    OmitCancelPlaceRequestDtoId: {
      expectedVersion: number;
      reason: string;
    };
    OmitCancelSeriesDtoSeriesId: {
      reason: string;
    };
    OmitCancelSessionDtoId: {
      expectedVersion: number;
      reason: string;
    };
    OmitCloseActionDtoId: {
      expectedVersion: number;
      note?: string;
    };
    OmitCloseAuditDtoId: {
      expectedVersion: number;
      note?: string;
    };
    OmitCompleteActionItemDtoId: {
      expectedVersion: number;
      note?: string;
    };
    OmitCompleteBookingDtoId: {
      expectedVersion: number;
    };
    OmitCompleteSessionDtoId: {
      expectedVersion: number;
    };
    OmitDecideAffordableDesignationDtoId: {
      /** @enum {string} */
      decision: 'keep' | 'revoke';
      expectedVersion: number;
      reason: string;
    };
    OmitDissolveWorkingGroupDtoId: {
      expectedVersion: number;
      reason?: string;
    };
    OmitExpelMemberDtoId: {
      expectedVersion: number;
      reason: string;
    };
    OmitMarkNoShowDtoId: {
      expectedVersion: number;
    };
    OmitNameWorkingGroupChairDtoId: {
      expectedVersion: number;
      /** Format: uuid */
      organisationId: string;
    };
    OmitPlanAuditDtoInspectors: {
      /** @enum {string} */
      kind: 'onboarding' | 'routine' | 'follow_up' | 'complaint';
      notes?: string;
      /** Format: uuid */
      organisationId: string;
      plannedDate: string;
      /** Format: uuid */
      standardId: string;
    };
    OmitPlanFollowUpDtoAuditIdInspectors: {
      plannedDate: string;
    };
    OmitPublishCourseDtoId: {
      expectedVersion: number;
    };
    OmitPublishMinutesDtoId: {
      actionItems: components['schemas']['ActionItemDto'][];
      decisions: string[];
      expectedVersion: number;
      summary: string;
    };
    OmitPublishNoticeDtoId: {
      expectedVersion: number;
    };
    OmitPublishPracticeDtoId: {
      expectedVersion: number;
    };
    OmitPublishStandardDtoId: {
      expectedVersion: number;
    };
    OmitRecordAttendanceDtoSessionId: {
      marks: components['schemas']['AttendanceMarkDto'][];
    };
    OmitReinstateMemberDtoId: {
      expectedVersion: number;
      reason?: string;
    };
    OmitRejectBookingDtoId: {
      expectedVersion: number;
      reason: string;
    };
    OmitRejectMemberDtoId: {
      expectedVersion: number;
      reason: string;
    };
    OmitRejectPlaceRequestDtoId: {
      expectedVersion: number;
      reason: string;
    };
    OmitReopenActionDtoId: {
      expectedVersion: number;
      reason: string;
    };
    OmitRescheduleSessionDtoId: {
      expectedVersion: number;
      meetings: components['schemas']['MeetingDto'][];
      reason?: string;
    };
    OmitRespondToActionDtoId: {
      expectedVersion: number;
      plan: string;
    };
    OmitRetireCourseDtoId: {
      expectedVersion: number;
      reason?: string;
    };
    OmitRetireStandardDtoId: {
      expectedVersion: number;
      reason: string;
    };
    OmitRevokeCertificateDtoId: {
      expectedVersion: number;
      reason: string;
    };
    OmitSignInDtoId: {
      code: string;
    };
    OmitStaffLeavesDtoId: {
      expectedVersion: number;
      leftOn: string;
      reason?: string;
    };
    OmitStartAuditDtoId: {
      expectedVersion: number;
    };
    OmitSubmitAuditDtoId: {
      expectedVersion: number;
      summary?: string;
    };
    OmitSuspendMemberDtoId: {
      expectedVersion: number;
      reason: string;
    };
    OmitUpdateMemberProfileDtoId: {
      address?: string;
      /** @description the value must not be greater than licensedPlaces */
      affordablePlaces?: number;
      /** @enum {string} */
      allianceRole?: 'lead_unit' | 'guidance_centre' | 'member';
      contacts?: components['schemas']['MemberContactDto'][];
      districtCode?: string;
      expectedVersion: number;
      /** @enum {string} */
      kind?:
        | 'childcare_centre'
        | 'kindergarten'
        | 'hospital'
        | 'maternal_child_health_institute'
        | 'university'
        | 'government_bureau'
        | 'enterprise'
        | 'other';
      licensedPlaces?: number;
      name?: string;
      nameEn?: string;
      /** @enum {string} */
      ownership?: 'state_owned' | 'university_run' | 'public_institution' | 'private' | 'other';
    };
    OmitUpdateNoticeDtoId: {
      acknowledgeBy?: string;
      audience?: components['schemas']['AudienceDto'];
      body?: string;
      /** @enum {string} */
      category?: 'policy' | 'notice' | 'meeting_notice' | 'standard_update';
      expectedVersion: number;
      issuer?: string;
      reminderDaysBefore?: number;
      requiresAcknowledgement?: boolean;
      title?: string;
    };
    OmitUpdateResourceDtoId: {
      address?: string;
      availableFrom?: string;
      availableUntil?: string;
      blackouts?: components['schemas']['BlackoutDto'][];
      capacity?: number;
      description?: string;
      expectedVersion: number;
      openingHours?: components['schemas']['OpeningHoursDto'][];
      policy?: components['schemas']['BookingPolicyDto'];
      title?: string;
      /** @enum {string} */
      visibility?: 'alliance' | 'districts';
      visibleDistricts?: string[];
    };
    OmitUpdateStaffDtoId: {
      backgroundCheckedOn?: string;
      expectedVersion: number;
      healthCertificateExpiresOn?: string;
      hiredOn?: string;
      name?: string;
      qualifications?: components['schemas']['QualificationDto'][];
      /** @description the value must be an 18-character resident ID number (身份证号, GB 11643) with a valid birth date and check character */
      residentId?: unknown;
      /** @enum {string} */
      role?:
        | 'caregiver'
        | 'infant_care_specialist'
        | 'health_staff'
        | 'teacher'
        | 'director'
        | 'cook'
        | 'security'
        | 'other';
    };
    OmitUpdateStandardDtoId: {
      areas: components['schemas']['AreaDto'][];
      effectiveFrom: string;
      expectedVersion: number;
      gradeBands: components['schemas']['GradeBandDto'][];
      issuer: string;
      title: string;
      totalPoints: number;
    };
    OmitWithdrawMemberDtoId: {
      expectedVersion: number;
      reason?: string;
    };
    OmitWithdrawNoticeDtoId: {
      expectedVersion: number;
      reason: string;
    };
    OmitWithdrawResourceDtoId: {
      expectedVersion: number;
      reason: string;
    };
    OnBehalfRefusedData: {
      endsAt: string;
      idempotencyKey: string;
      message: string;
      /** Format: uuid */
      organisationId: string;
      reason: string;
      /** Format: uuid */
      resourceId: string;
      startsAt: string;
    };
    OpeningHours: {
      /** @description HH:MM, Asia/Shanghai; 24:00 = midnight. */
      closes: string;
      /** @description HH:MM, Asia/Shanghai. */
      opens: string;
      /** @description ISO weekday: 1 = Monday. */
      weekday: number;
    };
    OpeningHoursDto: {
      closes: string;
      opens: string;
      weekday: number;
    };
    OrganisationAttendance: {
      /** @enum {string|null} */
      answer: 'attending' | 'declined' | null;
      attendeesExpected: number | null;
      districtCode: string;
      invited: boolean;
      name: string;
      /** Format: uuid */
      organisationId: string;
      signedIn: number;
    };
    OrganisationCompliance: {
      history: components['schemas']['AuditSummary'][];
      latestGrades: components['schemas']['StandardGrade'][];
      openActions: number;
      /** Format: uuid */
      organisationId: string;
      organisationName: string | null;
      overdueActions: number;
    };
    OrganisationReciprocity: {
      districtCode: string | null;
      /** Format: uuid */
      organisationId: string;
      organisationName: string | null;
      resourcesOffered: number;
      usedByOthers: components['schemas']['SharingFigures'];
      usedOfOthers: components['schemas']['SharingFigures'];
    };
    OrganisationStatusDto: {
      /** Format: uuid */
      organisationId: string;
    };
    Organiser: {
      /** Format: date-time */
      grantedAt: string;
      grantedBy: string;
      name: string;
      /** Format: uuid */
      organisationId: string;
    };
    OrganiserDto: {
      /** Format: uuid */
      organisationId: string;
    };
    OrganiserList: {
      items: components['schemas']['Organiser'][];
    };
    OutboxBacklog: {
      /** @description Last publish error recorded on an unpublished row. */
      lastError: string | null;
      /** @description Age of the oldest unpublished row (database clock). */
      oldestAgeMs: number | null;
      /** Format: date-time */
      oldestUnpublishedAt: string | null;
      /** @description Rows committed but not yet acknowledged by JetStream. */
      unpublished: number;
    };
    OverdueCheckResult: {
      /** Format: date */
      asOf: string;
      markedOverdue: number;
    };
    OwnAcknowledgement: {
      /** Format: date-time */
      acknowledgedAt: string | null;
      /** @description Addressed and still owing or acknowledged (an organisation that left stops owing). */
      addressed: boolean;
      reply: string | null;
    };
    PageQueryDto: {
      cursor?: string;
      limit?: number;
    };
    PickAddEvidenceLinkDtoUrlTitle: {
      title: string;
      /** Format: url */
      url: string;
    };
    PickRemoveWorkingGroupMemberDtoExpectedVersion: {
      expectedVersion: number;
    };
    PipelineOverview: {
      relayStallMs: number;
      services: components['schemas']['ServicePipeline'][];
    };
    PipelineStatus: {
      /** Format: date-time */
      checkedAt: string;
      consumers: components['schemas']['ConsumerStatus'][];
      deadLetters: components['schemas']['DeadLetterCounts'];
      outbox: components['schemas']['OutboxBacklog'];
      /** @description Null when the process that answered runs no relay. */
      relay: components['schemas']['RelayStatus'] | null;
      service: string;
    };
    PlaceDto: {
      address?: string;
      /** @enum {string} */
      kind: 'address' | 'online' | 'venue';
      /** Format: uuid */
      organisationId?: string;
      /** Format: uuid */
      resourceId?: string;
      /** Format: url */
      url?: string;
    };
    PlaceRequest: {
      cancellationReason: string | null;
      /** Format: date-time */
      createdAt: string;
      decisionNote: string | null;
      fromMonth: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organisationId: string;
      organisationName: string | null;
      /** Format: uuid */
      ownerOrganisationId: string;
      purpose: string;
      quantity: number;
      /** Format: uuid */
      resourceId: string;
      /** @enum {string} */
      resourceKind: 'venue' | 'expert' | 'equipment' | 'material' | 'places';
      resourceTitle: string;
      /** @enum {string} */
      status: 'requested' | 'approved' | 'rejected' | 'cancelled' | 'expired';
      toMonth: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    PlaceRequestEventData: {
      fromMonth: string;
      /** Format: uuid */
      organisationId: string;
      /** Format: uuid */
      ownerOrganisationId: string;
      /** Format: uuid */
      placeRequestId: string;
      quantity: number;
      reason?: string;
      /** Format: uuid */
      resourceId: string;
      /** @enum {string} */
      resourceKind: 'venue' | 'expert' | 'equipment' | 'material' | 'places';
      /** @enum {string} */
      status: 'requested' | 'approved' | 'rejected' | 'cancelled' | 'expired';
      toMonth: string;
    };
    PlaceRequestPage: {
      items: components['schemas']['PlaceRequest'][];
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
    };
    PlanAuditBody: {
      inspectorIds?: string[];
      /** @enum {string} */
      kind: 'onboarding' | 'routine' | 'follow_up' | 'complaint';
      notes?: string;
      /** Format: uuid */
      organisationId: string;
      plannedDate: string;
      /** Format: uuid */
      standardId: string;
    };
    PlanAuditDto: {
      inspectors: components['schemas']['InspectorRefDto'][];
      /** @enum {string} */
      kind: 'onboarding' | 'routine' | 'follow_up' | 'complaint';
      notes?: string;
      /** Format: uuid */
      organisationId: string;
      plannedDate: string;
      /** Format: uuid */
      standardId: string;
    };
    PlanFollowUpBody: {
      inspectorIds?: string[];
      plannedDate: string;
    };
    PlanFollowUpDto: {
      /** Format: uuid */
      auditId: string;
      inspectors: components['schemas']['InspectorRefDto'][];
      plannedDate: string;
    };
    Practice: {
      attachments: components['schemas']['Attachment'][];
      /** @description Markdown. */
      body: string;
      contributorName: string | null;
      /** Format: uuid */
      contributorOrganisationId: string | null;
      /** Format: date-time */
      createdAt: string;
      createdBy: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'case' | 'report' | 'research';
      /** Format: date-time */
      publishedAt: string | null;
      standardCodes: string[];
      /** @enum {string} */
      status: 'draft' | 'published';
      summary: string;
      tags: string[];
      title: string;
      trainingCategories: string[];
      /** @description Send as `expectedVersion` with the next change. */
      version: number;
    };
    PracticeIdDto: {
      /** Format: uuid */
      id: string;
    };
    PracticePage: {
      items: components['schemas']['PracticeSummary'][];
      /** @description Pass as `cursor` for the next page; null on the last. */
      nextCursor: string | null;
    };
    PracticeSummary: {
      contributorName: string | null;
      /** Format: uuid */
      contributorOrganisationId: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'case' | 'report' | 'research';
      /** Format: date-time */
      publishedAt: string | null;
      standardCodes: string[];
      /** @enum {string} */
      status: 'draft' | 'published';
      summary: string;
      tags: string[];
      title: string;
      trainingCategories: string[];
      /** @description Send as `expectedVersion` with the next change. */
      version: number;
    };
    /** @description RFC 9457 problem details, served as `application/problem+json` for every error. */
    ProblemDetails: {
      /** @description Only on a failing `/ready`: the state of each dependency. */
      checks?: Record<string, never>;
      /** @enum {string} */
      code:
        | 'VALIDATION_FAILED'
        | 'NOT_FOUND'
        | 'ALREADY_EXISTS'
        | 'CONFLICT'
        | 'VERSION_CONFLICT'
        | 'ILLEGAL_TRANSITION'
        | 'BUSINESS_RULE_VIOLATED'
        | 'UNAUTHENTICATED'
        | 'FORBIDDEN'
        | 'RATE_LIMITED'
        | 'SERVICE_UNAVAILABLE'
        | 'TIMEOUT'
        | 'INTERNAL';
      detail: string;
      errors: components['schemas']['FieldError'][];
      /** @description Path of the request. */
      instance: string;
      /** @description Only on a 403 to an account whose password is temporary: change it at `POST /api/v1/auth/password`. */
      passwordChangeRequired?: boolean;
      /** @description Also in the `x-request-id` response header. */
      requestId?: string;
      /** @description Only on 429 (also in `Retry-After`). */
      retryAfterSeconds?: number;
      /** @example 400 */
      status: number;
      /** @example Bad Request */
      title: string;
      /** @example urn:alliance:problem:validation-failed */
      type: string;
    };
    PublishCourseBody: {
      expectedVersion: number;
    };
    PublishMinutesBody: {
      actionItems: components['schemas']['ActionItemDto'][];
      decisions: string[];
      expectedVersion: number;
      summary: string;
    };
    PublishMinutesDto: {
      actionItems: components['schemas']['ActionItemDto'][];
      decisions: string[];
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      summary: string;
    };
    PublishNoticeBody: {
      expectedVersion: number;
    };
    PublishPracticeBody: {
      expectedVersion: number;
    };
    PublishStandardBody: {
      expectedVersion: number;
    };
    Qualification: {
      /** Format: date */
      expiresOn: string | null;
      /** Format: date */
      issuedOn: string;
      /** @description e.g. 保育师证, 育婴员证. */
      kind: string;
      number: string;
    };
    QualificationDto: {
      expiresOn?: string;
      issuedOn: string;
      kind: string;
      number: string;
    };
    Readiness: {
      checks: {
        [key: string]: {
          detail?: string;
          /** @enum {string} */
          status: 'up' | 'down';
        };
      };
      /** @enum {string} */
      status: 'ok';
    };
    ReasonedMemberTransitionDto: {
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      reason: string;
    };
    Reciprocity: {
      districts: components['schemas']['DistrictReciprocity'][];
      /** Format: date */
      from: string;
      organisations: components['schemas']['OrganisationReciprocity'][];
      /** Format: date */
      to: string;
    };
    ReciprocityDto: {
      districtCode?: string;
      from: string;
      /** Format: uuid */
      organisationId?: string;
      to: string;
    };
    RecordAttendanceBody: {
      marks: components['schemas']['AttendanceMarkDto'][];
    };
    RecordAttendanceDto: {
      marks: components['schemas']['AttendanceMarkDto'][];
      /** Format: uuid */
      sessionId: string;
    };
    RegisterStaffDto: {
      backgroundCheckedOn?: string;
      healthCertificateExpiresOn?: string;
      hiredOn: string;
      name: string;
      /** Format: uuid */
      organisationId: string;
      qualifications?: components['schemas']['QualificationDto'][];
      /** @description the value must be an 18-character resident ID number (身份证号, GB 11643) with a valid birth date and check character */
      residentId?: unknown;
      /** @enum {string} */
      role:
        | 'caregiver'
        | 'infant_care_specialist'
        | 'health_staff'
        | 'teacher'
        | 'director'
        | 'cook'
        | 'security'
        | 'other';
    };
    ReinstateMemberBody: {
      expectedVersion: number;
      reason?: string;
    };
    RejectBookingBody: {
      expectedVersion: number;
      reason: string;
    };
    RejectBookingDto: {
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      reason: string;
    };
    RejectMemberBody: {
      expectedVersion: number;
      reason: string;
    };
    RejectPlaceRequestBody: {
      expectedVersion: number;
      reason: string;
    };
    RejectPlaceRequestDto: {
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      reason: string;
    };
    /** @description The relay of the process that answered. */
    RelayStatus: {
      /** @description How long publishing has been failing (service clock). */
      failingForMs: number | null;
      /** Format: date-time */
      failingSince: string | null;
      lastError: string | null;
      /** Format: date-time */
      lastPublishedAt: string | null;
      /** @description Events this process has published since it started. */
      published: number;
    };
    ReleaseOnBehalfDto: {
      idempotencyKey: string;
      reason: string;
    };
    ReminderCheckResult: {
      /** Format: date-time */
      asOf: string;
      remindersSent: number;
    };
    RemoveWorkingGroupMemberDto: {
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organisationId: string;
    };
    ReopenActionBody: {
      expectedVersion: number;
      reason: string;
    };
    ReopenActionDto: {
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      reason: string;
    };
    ReplayDeadLetterBody: {
      payload?: Record<string, never>;
    };
    ReplayDeadLetterRequest: {
      id: string;
      payload?: Record<string, never>;
    };
    ReplayResult: {
      id: string;
      /**
       * @description `duplicate`: the event had been applied before.
       * @enum {string}
       */
      outcome: 'applied' | 'duplicate';
    };
    RequestBookingDto: {
      endsAt: string;
      headcount: number;
      /** Format: uuid */
      organisationId: string;
      purpose: string;
      /** Format: uuid */
      resourceId: string;
      startsAt: string;
    };
    RequestOnBehalfDto: {
      endsAt: string;
      headcount: number;
      idempotencyKey: string;
      /** Format: uuid */
      organisationId: string;
      purpose: string;
      /** Format: uuid */
      resourceId: string;
      startsAt: string;
    };
    RequestPlacesDto: {
      fromMonth: string;
      /** Format: uuid */
      organisationId: string;
      purpose: string;
      quantity: number;
      /** Format: uuid */
      resourceId: string;
      toMonth: string;
    };
    RequestSeriesDto: {
      count?: number;
      endsAt: string;
      headcount: number;
      /** Format: uuid */
      organisationId: string;
      purpose: string;
      /** Format: uuid */
      resourceId: string;
      startsAt: string;
      until?: string;
    };
    RequirementCourse: {
      code: string;
      creditHours: number;
      /** Format: uuid */
      id: string;
      sessions: components['schemas']['RequirementSession'][];
      title: string;
    };
    RequirementSession: {
      capacity: number;
      /** Format: date-time */
      endsAt: string;
      /** Format: date-time */
      enrolmentClosesAt: string;
      /** @description Seats not yet confirmed, as of the request. */
      freeSeats: number;
      /** Format: uuid */
      id: string;
      location: components['schemas']['Location'];
      /** Format: date-time */
      startsAt: string;
    };
    RescheduleSessionBody: {
      expectedVersion: number;
      meetings: components['schemas']['MeetingDto'][];
      reason?: string;
    };
    RescheduleSessionDto: {
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      meetings: components['schemas']['MeetingDto'][];
      reason?: string;
    };
    Resource: {
      address: string | null;
      availableFrom: string | null;
      availableUntil: string | null;
      blackouts: components['schemas']['Blackout'][];
      /** @description People (venue, expert) or count (equipment, material, places). */
      capacity: number;
      /** Format: date-time */
      createdAt: string;
      description: string | null;
      districtCode: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'venue' | 'expert' | 'equipment' | 'material' | 'places';
      openingHours: components['schemas']['OpeningHours'][];
      /** Format: uuid */
      ownerOrganisationId: string;
      ownerOrganisationName: string | null;
      policy: components['schemas']['BookingPolicy'];
      /** @enum {string} */
      status: 'listed' | 'withdrawn';
      title: string;
      /** Format: date-time */
      updatedAt: string;
      /** @description Send as `expectedVersion` with the next change. */
      version: number;
      /** @enum {string} */
      visibility: 'alliance' | 'districts';
      visibleDistricts: string[];
      withdrawalReason: string | null;
    };
    ResourceEventData: {
      capacity: number;
      districtCode: string;
      /** @enum {string} */
      kind: 'venue' | 'expert' | 'equipment' | 'material' | 'places';
      /** Format: uuid */
      ownerOrganisationId: string;
      reason?: string;
      /** Format: uuid */
      resourceId: string;
      /** @enum {string} */
      status: 'listed' | 'withdrawn';
      title: string;
    };
    ResourcePage: {
      items: components['schemas']['Resource'][];
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
    };
    RespondToActionBody: {
      expectedVersion: number;
      plan: string;
    };
    RespondToActionDto: {
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      plan: string;
    };
    RetireCourseBody: {
      expectedVersion: number;
      reason?: string;
    };
    RetireCourseDto: {
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      reason?: string;
    };
    RetireStandardBody: {
      expectedVersion: number;
      reason: string;
    };
    RetireStandardDto: {
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      reason: string;
    };
    RevokeCertificateBody: {
      expectedVersion: number;
      reason: string;
    };
    RevokeCertificateDto: {
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      reason: string;
    };
    RunActionItemOverdueCheckDto: {
      asOf?: string;
    };
    RunExpiryCheckDto: {
      asOf?: string;
      withinDays?: number;
    };
    RunOverdueCheckDto: {
      asOf?: string;
    };
    RunReminderCheckDto: {
      asOf?: string;
    };
    ScheduleMeetingDto: {
      agenda: string[];
      endsAt: string;
      invitees: components['schemas']['AudienceDto'];
      /** @enum {string} */
      kind: 'alliance_meeting' | 'working_group_meeting' | 'site_visit' | 'forum';
      place: components['schemas']['PlaceDto'];
      startsAt: string;
      title: string;
    };
    ScheduleSessionDto: {
      capacity: number;
      /** Format: uuid */
      courseId: string;
      enrolmentClosesAt?: string;
      enrolmentOpensAt?: string;
      location: components['schemas']['LocationDto'];
      meetings: components['schemas']['MeetingDto'][];
      trainerIds: string[];
    };
    SearchResourcesDto: {
      cursor?: string;
      districtCode?: string;
      /** @enum {string} */
      kind?: 'venue' | 'expert' | 'equipment' | 'material' | 'places';
      limit?: number;
      /** Format: uuid */
      ownerOrganisationId?: string;
      q?: string;
      /** @enum {string} */
      status?: 'listed' | 'withdrawn';
    };
    SeriesCancellation: {
      cancelled: components['schemas']['Booking'][];
      /** Format: uuid */
      seriesId: string;
    };
    SeriesSkippedDate: {
      /** Format: date */
      date: string;
      /** Format: date-time */
      endsAt: string;
      message: string;
      /** @enum {string} */
      reason:
        | 'slot_taken'
        | 'outside_opening_hours'
        | 'blackout'
        | 'over_quota'
        | 'notice_too_short'
        | 'too_long'
        | 'over_capacity'
        | 'in_the_past'
        | 'resource_withdrawn'
        | 'not_timed'
        | 'not_visible'
        | 'organisation_not_admitted'
        | 'over_offer'
        | 'outside_offer'
        | 'not_quantity';
      /** Format: date-time */
      startsAt: string;
    };
    ServicePipeline: {
      /** @description Why the service gave no status (down, slow, failed). */
      problem: string | null;
      service: string;
      /** @description The relay has failed to publish for longer than RELAY_STALL_MS. */
      stalled: boolean;
      status: components['schemas']['PipelineStatus'] | null;
    };
    Session: {
      cancellationReason: string | null;
      capacity: number;
      /** Format: date-time */
      completedAt: string | null;
      /** @description Never more than capacity. */
      confirmedCount: number;
      courseCode: string;
      /** Format: uuid */
      courseId: string;
      courseTitle: string;
      /** Format: date-time */
      endsAt: string;
      /** Format: date-time */
      enrolmentClosesAt: string;
      /** Format: date-time */
      enrolmentOpensAt: string;
      hours: number;
      /** Format: uuid */
      id: string;
      location: components['schemas']['Location'];
      meetings: components['schemas']['Meeting'][];
      /** Format: date-time */
      startsAt: string;
      /** @enum {string} */
      status: 'scheduled' | 'cancelled' | 'completed';
      trainerIds: string[];
      /** @description Null unless the location is a shared venue. */
      venue: components['schemas']['SessionVenue'] | null;
      /** @description Send as `expectedVersion` with the next change. */
      version: number;
      waitlistCount: number;
    };
    SessionCompletion: {
      results: {
        attendedPercent: number;
        /** Format: uuid */
        certificateId: string | null;
        completed: boolean;
        /** Format: uuid */
        staffId: string;
      }[];
      session: components['schemas']['Session'];
    };
    SessionEventData: {
      affectedOrganisationIds?: unknown[];
      capacity: number;
      completedCount?: number;
      /** Format: uuid */
      courseId: string;
      courseTitle: string;
      meetings: unknown[];
      previousMeetings?: unknown[];
      reason?: string;
      /** Format: uuid */
      sessionId: string;
      /** @enum {string} */
      status: 'scheduled' | 'cancelled' | 'completed';
      trainerIds: unknown[];
    };
    SessionPage: {
      items: components['schemas']['Session'][];
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
    };
    /** @description A session at a shared venue: the venue booked at resource sharing for each meeting. */
    SessionVenue: {
      bookings: components['schemas']['VenueBooking'][];
      /** @description Flagged: what went wrong, per meeting when there are several. */
      reason: string | null;
      /**
       * @description pending (场地待确认) until every meeting’s booking is approved, then confirmed; flagged when any was refused, rejected, cancelled or expired — the trainer reschedules or cancels; released once the session is cancelled.
       * @enum {string}
       */
      state: 'pending' | 'confirmed' | 'flagged' | 'released';
    };
    SessionVenueEventData: {
      bookings: unknown[];
      /** Format: uuid */
      courseId: string;
      /** Format: uuid */
      organisationId: string;
      reason?: string;
      /** Format: uuid */
      resourceId: string;
      /** Format: uuid */
      sessionId: string;
      /** @enum {string} */
      state: 'pending' | 'confirmed' | 'flagged' | 'released';
      trainerIds: unknown[];
    };
    SetDistrictPopulationDto: {
      childrenUnderThree: number;
      districtCode: string;
      districtName?: string;
    };
    SharingFigures: {
      bookings: number;
      /** @description Hours of approved or completed bookings inside the period. */
      hours: number;
      /** @description Items × months of approved material requests. */
      itemMonths: number;
      /** @description Places × months of approved place requests. */
      placeMonths: number;
    };
    SignedInAccount: {
      accountId: string;
      /** Format: uuid */
      organisationId: string | null;
      /** Format: date-time */
      signedInAt: string;
      username: string;
    };
    SignIn: {
      accountId: string;
      /** Format: uuid */
      meetingId: string;
      /** Format: uuid */
      organisationId: string | null;
      /** Format: date-time */
      signedInAt: string;
    };
    SignInBody: {
      code: string;
    };
    SignInCode: {
      /** @description Show as a QR code; refused after `expiresAt`. */
      code: string;
      /** Format: date-time */
      expiresAt: string;
      /** Format: uuid */
      meetingId: string;
      /** Format: date-time */
      refreshAt: string;
    };
    SignInDto: {
      code: string;
      /** Format: uuid */
      id: string;
    };
    Staff: {
      /** Format: date */
      backgroundCheckedOn: string | null;
      /** Format: date */
      healthCertificateExpiresOn: string | null;
      /** Format: date */
      hiredOn: string;
      /** Format: uuid */
      id: string;
      /** Format: date */
      leftOn: string | null;
      name: string;
      /** Format: uuid */
      organisationId: string;
      organisationName: string | null;
      qualifications: components['schemas']['Qualification'][];
      /** @description 身份证号: in full to alliance admins and the organisation’s own representative, masked (`5101**********123X`) to others. */
      residentId: string | null;
      residentIdMasked: boolean;
      /** @enum {string} */
      role:
        | 'caregiver'
        | 'infant_care_specialist'
        | 'health_staff'
        | 'teacher'
        | 'director'
        | 'cook'
        | 'security'
        | 'other';
      /** @enum {string} */
      status: 'active' | 'left';
      /** Format: date-time */
      updatedAt: string;
      /** @description Send as `expectedVersion` with the next change. */
      version: number;
    };
    StaffEventData: {
      changedFields?: unknown[];
      leftOn?: string;
      name: string;
      /** Format: uuid */
      organisationId: string;
      /** @enum {string} */
      role:
        | 'caregiver'
        | 'infant_care_specialist'
        | 'health_staff'
        | 'teacher'
        | 'director'
        | 'cook'
        | 'security'
        | 'other';
      /** Format: uuid */
      staffId: string;
      status: string;
    };
    StaffFieldsDto: {
      backgroundCheckedOn?: string;
      healthCertificateExpiresOn?: string;
      hiredOn: string;
      name: string;
      qualifications?: components['schemas']['QualificationDto'][];
      /** @description the value must be an 18-character resident ID number (身份证号, GB 11643) with a valid birth date and check character */
      residentId?: unknown;
      /** @enum {string} */
      role:
        | 'caregiver'
        | 'infant_care_specialist'
        | 'health_staff'
        | 'teacher'
        | 'director'
        | 'cook'
        | 'security'
        | 'other';
    };
    StaffLeavesBody: {
      expectedVersion: number;
      leftOn: string;
      reason?: string;
    };
    StaffLeavesDto: {
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      leftOn: string;
      reason?: string;
    };
    StaffPage: {
      items: components['schemas']['Staff'][];
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
    };
    Standard: {
      areas: components['schemas']['Area'][];
      code: string;
      edition: number;
      /** Format: date */
      effectiveFrom: string;
      gradeBands: components['schemas']['GradeBand'][];
      /** Format: uuid */
      id: string;
      issuer: string;
      /** Format: date-time */
      publishedAt: string | null;
      /** Format: date-time */
      retiredAt: string | null;
      /** @enum {string} */
      status: 'draft' | 'published' | 'retired';
      /** Format: uuid */
      supersededById: string | null;
      /** Format: uuid */
      supersedesId: string | null;
      title: string;
      totalPoints: number;
      /** @description Send as `expectedVersion` with the next change. */
      version: number;
    };
    StandardContentDto: {
      areas: components['schemas']['AreaDto'][];
      effectiveFrom: string;
      gradeBands: components['schemas']['GradeBandDto'][];
      issuer: string;
      title: string;
      totalPoints: number;
    };
    StandardGrade: {
      /** Format: uuid */
      auditId: string;
      /**
       * @description `fail`: a veto criterion failed.
       * @enum {string}
       */
      grade: 'A' | 'B' | 'C' | 'D' | 'fail';
      /** @description Exact, of the standard’s total, two decimals. */
      score: string;
      standardCode: string;
      standardEdition: number;
      /** Format: uuid */
      standardId: string;
      /** Format: date-time */
      submittedAt: string;
    };
    StandardIdDto: {
      /** Format: uuid */
      id: string;
    };
    StandardList: {
      items: components['schemas']['StandardSummary'][];
    };
    StandardSummary: {
      code: string;
      edition: number;
      /** Format: date */
      effectiveFrom: string;
      /** Format: uuid */
      id: string;
      issuer: string;
      /** Format: date-time */
      publishedAt: string | null;
      /** Format: date-time */
      retiredAt: string | null;
      /** @enum {string} */
      status: 'draft' | 'published' | 'retired';
      /** Format: uuid */
      supersededById: string | null;
      /** Format: uuid */
      supersedesId: string | null;
      title: string;
      totalPoints: number;
      /** @description Send as `expectedVersion` with the next change. */
      version: number;
    };
    StartAuditBody: {
      expectedVersion: number;
    };
    SubmitAuditBody: {
      expectedVersion: number;
      summary?: string;
    };
    SubmitAuditDto: {
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      summary?: string;
    };
    SuspendMemberBody: {
      expectedVersion: number;
      reason: string;
    };
    Task: {
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      dueAt: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind:
        | 'notice_acknowledgement'
        | 'meeting_invitation'
        | 'action_item'
        | 'booking_approval'
        | 'corrective_action'
        | 'audit'
        | 'enrolment_promotion';
      /** @description The console path where it is done, e.g. `/notices/{id}`. */
      link: string;
      /**
       * Format: uuid
       * @description The organisation it waits on; null: the account itself.
       */
      organisationId: string | null;
      /** @description Past its due date and still open. */
      overdue: boolean;
      /**
       * Format: uuid
       * @description The notice, meeting, action item, booking, corrective action, audit or enrolment.
       */
      subjectId: string;
      /** @description In Chinese, as the console shows it. */
      title: string;
    };
    TaskPage: {
      items: components['schemas']['Task'][];
      /** @description Pass as `cursor` for the next page; null on the last. */
      nextCursor: string | null;
    };
    TrainingRecord: {
      certificates: components['schemas']['Certificate'][];
      hoursByYear: {
        hours: number;
        year: number;
      }[];
      staff: components['schemas']['Staff'];
    };
    TrainingRecordDto: {
      /** Format: uuid */
      id: string;
    };
    TrainingRequirement: {
      /** Format: uuid */
      actionId: string;
      /** Format: uuid */
      auditId: string;
      /** @enum {string} */
      category:
        | 'care_and_feeding'
        | 'health_and_hygiene'
        | 'safety_and_first_aid'
        | 'early_development'
        | 'parenting_guidance'
        | 'medical_childcare_integration'
        | 'management';
      certificateIds: string[];
      courses: components['schemas']['RequirementCourse'][];
      criterionCode: string;
      /**
       * Format: date
       * @description The corrective action’s due date.
       */
      dueDate: string;
      /** Format: uuid */
      findingId: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organisationId: string;
      organisationName: string | null;
      /** Format: date-time */
      raisedAt: string;
      /** @enum {string} */
      severity: 'critical' | 'major' | 'minor';
      /**
       * @description open → met (certificates reached the corrective action as evidence) → closed (the inspector closed it); withdrawn when the action closed otherwise.
       * @enum {string}
       */
      status: 'open' | 'met' | 'closed' | 'withdrawn';
      statusReason: string | null;
      /** Format: date-time */
      updatedAt: string;
    };
    TrainingRequirementPage: {
      items: components['schemas']['TrainingRequirement'][];
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
    };
    UpdateAccountBody: {
      disabled?: boolean;
      /** Format: uuid */
      organisationId?: string;
      password?: string;
      /** @enum {string} */
      role?: 'alliance_admin' | 'trainer' | 'inspector' | 'member_rep' | 'viewer';
    };
    UpdateMemberProfileBody: {
      address?: string;
      /** @description the value must not be greater than licensedPlaces */
      affordablePlaces?: number;
      /** @enum {string} */
      allianceRole?: 'lead_unit' | 'guidance_centre' | 'member';
      contacts?: components['schemas']['MemberContactDto'][];
      districtCode?: string;
      expectedVersion: number;
      /** @enum {string} */
      kind?:
        | 'childcare_centre'
        | 'kindergarten'
        | 'hospital'
        | 'maternal_child_health_institute'
        | 'university'
        | 'government_bureau'
        | 'enterprise'
        | 'other';
      licensedPlaces?: number;
      name?: string;
      nameEn?: string;
      /** @enum {string} */
      ownership?: 'state_owned' | 'university_run' | 'public_institution' | 'private' | 'other';
    };
    UpdateMemberProfileDto: {
      address?: string;
      /** @description the value must not be greater than licensedPlaces */
      affordablePlaces?: number;
      /** @enum {string} */
      allianceRole?: 'lead_unit' | 'guidance_centre' | 'member';
      contacts?: components['schemas']['MemberContactDto'][];
      districtCode?: string;
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind?:
        | 'childcare_centre'
        | 'kindergarten'
        | 'hospital'
        | 'maternal_child_health_institute'
        | 'university'
        | 'government_bureau'
        | 'enterprise'
        | 'other';
      licensedPlaces?: number;
      name?: string;
      nameEn?: string;
      /** @enum {string} */
      ownership?: 'state_owned' | 'university_run' | 'public_institution' | 'private' | 'other';
    };
    UpdateNoticeBody: {
      acknowledgeBy?: string;
      audience?: components['schemas']['AudienceDto'];
      body?: string;
      /** @enum {string} */
      category?: 'policy' | 'notice' | 'meeting_notice' | 'standard_update';
      expectedVersion: number;
      issuer?: string;
      reminderDaysBefore?: number;
      requiresAcknowledgement?: boolean;
      title?: string;
    };
    UpdateNoticeDto: {
      acknowledgeBy?: string;
      audience?: components['schemas']['AudienceDto'];
      body?: string;
      /** @enum {string} */
      category?: 'policy' | 'notice' | 'meeting_notice' | 'standard_update';
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      issuer?: string;
      reminderDaysBefore?: number;
      requiresAcknowledgement?: boolean;
      title?: string;
    };
    UpdateResourceBody: {
      address?: string;
      availableFrom?: string;
      availableUntil?: string;
      blackouts?: components['schemas']['BlackoutDto'][];
      capacity?: number;
      description?: string;
      expectedVersion: number;
      openingHours?: components['schemas']['OpeningHoursDto'][];
      policy?: components['schemas']['BookingPolicyDto'];
      title?: string;
      /** @enum {string} */
      visibility?: 'alliance' | 'districts';
      visibleDistricts?: string[];
    };
    UpdateResourceDto: {
      address?: string;
      availableFrom?: string;
      availableUntil?: string;
      blackouts?: components['schemas']['BlackoutDto'][];
      capacity?: number;
      description?: string;
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      openingHours?: components['schemas']['OpeningHoursDto'][];
      policy?: components['schemas']['BookingPolicyDto'];
      title?: string;
      /** @enum {string} */
      visibility?: 'alliance' | 'districts';
      visibleDistricts?: string[];
    };
    UpdateStaffBody: {
      backgroundCheckedOn?: string;
      expectedVersion: number;
      healthCertificateExpiresOn?: string;
      hiredOn?: string;
      name?: string;
      qualifications?: components['schemas']['QualificationDto'][];
      /** @description the value must be an 18-character resident ID number (身份证号, GB 11643) with a valid birth date and check character */
      residentId?: unknown;
      /** @enum {string} */
      role?:
        | 'caregiver'
        | 'infant_care_specialist'
        | 'health_staff'
        | 'teacher'
        | 'director'
        | 'cook'
        | 'security'
        | 'other';
    };
    UpdateStaffDto: {
      backgroundCheckedOn?: string;
      expectedVersion: number;
      healthCertificateExpiresOn?: string;
      hiredOn?: string;
      /** Format: uuid */
      id: string;
      name?: string;
      qualifications?: components['schemas']['QualificationDto'][];
      /** @description the value must be an 18-character resident ID number (身份证号, GB 11643) with a valid birth date and check character */
      residentId?: unknown;
      /** @enum {string} */
      role?:
        | 'caregiver'
        | 'infant_care_specialist'
        | 'health_staff'
        | 'teacher'
        | 'director'
        | 'cook'
        | 'security'
        | 'other';
    };
    UpdateStandardBody: {
      areas: components['schemas']['AreaDto'][];
      effectiveFrom: string;
      expectedVersion: number;
      gradeBands: components['schemas']['GradeBandDto'][];
      issuer: string;
      title: string;
      totalPoints: number;
    };
    UpdateStandardDto: {
      areas: components['schemas']['AreaDto'][];
      effectiveFrom: string;
      expectedVersion: number;
      gradeBands: components['schemas']['GradeBandDto'][];
      /** Format: uuid */
      id: string;
      issuer: string;
      title: string;
      totalPoints: number;
    };
    UploadAttachmentDto: {
      contentBase64: string;
      /** @enum {string} */
      contentType:
        | 'application/pdf'
        | 'image/jpeg'
        | 'image/png'
        | 'image/webp'
        | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
        | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      fileName: string;
      /** Format: uuid */
      noticeId?: string;
      /** Format: uuid */
      practiceId?: string;
    };
    UploadEvidenceDto: {
      /** Format: uuid */
      actionId?: string;
      /** Format: uuid */
      auditId?: string;
      contentBase64: string;
      /** @enum {string} */
      contentType: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';
      /** Format: uuid */
      criterionId?: string;
      fileName: string;
    };
    VenueBooking: {
      /**
       * Format: uuid
       * @description The booking at resource sharing.
       */
      bookingId: string | null;
      /** Format: date-time */
      endsAt: string;
      /**
       * Format: uuid
       * @description Null once its meeting was moved (the booking released).
       */
      meetingId: string | null;
      /** @description Why it is flagged or was released. */
      reason: string | null;
      /** Format: date-time */
      startsAt: string;
      /**
       * @description requested (not answered yet), pending (the venue has not decided), confirmed, flagged (refused, rejected, cancelled or expired), released.
       * @enum {string}
       */
      state: 'requested' | 'pending' | 'confirmed' | 'flagged' | 'released';
    };
    VenueBookingData: {
      /** Format: uuid */
      bookingId?: string;
      endsAt: string;
      /** Format: uuid */
      meetingId?: string;
      reason?: string;
      startsAt: string;
      /** @enum {string} */
      state: 'requested' | 'pending' | 'confirmed' | 'flagged' | 'released';
    };
    VerifyCertificateDto: {
      code: string;
    };
    VersionedCommandDto: {
      expectedVersion: number;
      /** Format: uuid */
      id: string;
    };
    WithdrawMemberBody: {
      expectedVersion: number;
      reason?: string;
    };
    WithdrawNoticeBody: {
      expectedVersion: number;
      reason: string;
    };
    WithdrawNoticeDto: {
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      reason: string;
    };
    WithdrawResourceBody: {
      expectedVersion: number;
      reason: string;
    };
    WithdrawResourceDto: {
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      reason: string;
    };
    WorkingGroup: {
      /**
       * Format: uuid
       * @description Null while the group has no chair.
       */
      chairOrganisationId: string | null;
      chairOrganisationName: string | null;
      description: string | null;
      dissolutionReason: string | null;
      /** Format: date-time */
      dissolvedAt: string | null;
      /** Format: date-time */
      formedAt: string;
      /** Format: uuid */
      id: string;
      members: components['schemas']['WorkingGroupMember'][];
      name: string;
      /** @description Active and without a chair (its chair withdrew or was expelled): an admin is to name one. */
      needsChair: boolean;
      /** @enum {string} */
      status: 'active' | 'dissolved';
      version: number;
    };
    WorkingGroupChairNamedData: {
      changedAt: string;
      joined: boolean;
      /** Format: uuid */
      organisationId: string;
      organisationName: string;
      /** Format: uuid */
      previousChairOrganisationId?: string;
      /** Format: uuid */
      workingGroupId: string;
      workingGroupName: string;
    };
    WorkingGroupDissolvedData: {
      dissolvedAt: string;
      memberOrganisationIds: string[];
      name: string;
      reason?: string;
      /** Format: uuid */
      workingGroupId: string;
    };
    WorkingGroupFormedData: {
      /** Format: uuid */
      chairOrganisationId: string;
      chairOrganisationName: string;
      description?: string;
      formedAt: string;
      memberOrganisationIds: string[];
      name: string;
      /** Format: uuid */
      workingGroupId: string;
    };
    WorkingGroupMember: {
      /** Format: date-time */
      addedAt: string;
      /** Format: uuid */
      organisationId: string;
      organisationName: string;
      /** @enum {string} */
      role: 'chair' | 'member';
    };
    WorkingGroupMemberRemovedData: {
      /** @enum {string} */
      cause?: 'removed' | 'withdrawn' | 'expelled';
      chairVacated?: boolean;
      changedAt: string;
      /** Format: uuid */
      organisationId: string;
      organisationName: string;
      /** Format: uuid */
      workingGroupId: string;
      workingGroupName: string;
    };
    WorkingGroupMembershipChangeData: {
      changedAt: string;
      /** Format: uuid */
      organisationId: string;
      organisationName: string;
      /** Format: uuid */
      workingGroupId: string;
      workingGroupName: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  AccountsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Account'][];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  AccountsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "username": "zhao.min",
         *       "password": "Temporary-2027-0914",
         *       "role": "inspector"
         *     }
         */
        'application/json': components['schemas']['CreateAccountBody'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Account'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  AccountsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Account id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "role": "member_rep",
         *       "organisationId": "abaf6285-ac95-474c-9057-10de3d3f7352"
         *     }
         */
        'application/json': components['schemas']['UpdateAccountBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Account'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  AccountsController_events: {
    parameters: {
      query?: {
        accountId?: string;
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountEventPage'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  ActionItemsController_list: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
        meeting?: string;
        open?: boolean;
        owner?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActionItemPage'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep, viewer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  ActionItemsController_done: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Action item id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "note": "章程初稿已提交",
         *       "expectedVersion": 1
         *     }
         */
        'application/json': components['schemas']['CompleteActionItemBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActionItem'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  ActionItemsController_overdue: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "asOf": "2027-10-16"
         *     }
         */
        'application/json': components['schemas']['RunActionItemOverdueCheckDto'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActionItemOverdueCheck'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  AttachmentsController_read: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Attachment id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentContent'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep, viewer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  AuditsController_list: {
    parameters: {
      query?: {
        cursor?: string;
        inspector?: string;
        limit?: number;
        organisation?: string;
        status?: 'planned' | 'in_progress' | 'submitted' | 'closed' | 'cancelled';
        unassigned?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditPage'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, inspector, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  AuditsController_plan: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "organisationId": "abaf6285-ac95-474c-9057-10de3d3f7352",
         *       "standardId": "cd4dc634-9bb4-46cf-8708-41e5c70a9d4d",
         *       "kind": "routine",
         *       "plannedDate": "2027-09-15",
         *       "inspectorIds": [
         *         "7042bf4e-cd23-4d74-a0c6-fed1e809f04d"
         *       ],
         *       "notes": "年度例行督导，重点查看消防与保育比例"
         *     }
         */
        'application/json': components['schemas']['PlanAuditBody'];
      };
    };
    responses: {
      /** @description Planned. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Audit'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, inspector. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  AuditsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Audit id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Audit'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, inspector, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  AuditsController_amend: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Audit id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "复核照片后更正 SAFE-2 的评分",
         *       "answers": [
         *         {
         *           "criterionId": "9a7e336b-5e19-4954-856b-8faccf35d6dc",
         *           "result": "met",
         *           "notes": "补充提交的健康证明有效"
         *         }
         *       ],
         *       "expectedVersion": 10
         *     }
         */
        'application/json': components['schemas']['AmendAuditBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Audit'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, inspector. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  AuditsController_answer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Criterion id */
        criterionId: string;
        /** @description Audit id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "result": "partly_met",
         *       "pointsAwarded": 12,
         *       "notes": "两名保育人员健康证明将于本月到期，已提醒复检"
         *     }
         */
        'application/json': components['schemas']['AnswerBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Audit'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, inspector. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  AuditsController_assign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Audit id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "inspectorIds": [
         *         "7042bf4e-cd23-4d74-a0c6-fed1e809f04d"
         *       ],
         *       "plannedDate": "2027-09-15",
         *       "expectedVersion": 1
         *     }
         */
        'application/json': components['schemas']['AssignInspectorsBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Audit'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  AuditsController_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Audit id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "机构已退出联盟",
         *       "expectedVersion": 1
         *     }
         */
        'application/json': components['schemas']['CancelAuditBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Audit'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, inspector. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  AuditsController_close: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Audit id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "note": "全部整改项已验证关闭",
         *       "expectedVersion": 11
         *     }
         */
        'application/json': components['schemas']['CloseAuditBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Audit'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, inspector. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  AuditsController_upload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Audit id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "criterionId": "9a7e336b-5e19-4954-856b-8faccf35d6dc",
         *       "fileName": "消防通道.png",
         *       "contentType": "image/png",
         *       "contentBase64": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
         *     }
         */
        'application/json': components['schemas']['AuditEvidenceUploadBody'];
        /**
         * @example {
         *       "criterionId": "9a7e336b-5e19-4954-856b-8faccf35d6dc"
         *     }
         */
        'multipart/form-data': components['schemas']['AuditEvidenceUploadBody'];
      };
    };
    responses: {
      /** @description Stored. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Evidence'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, inspector. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Content Too Large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  AuditsController_addLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Audit id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "criterionId": "9a7e336b-5e19-4954-856b-8faccf35d6dc",
         *       "url": "https://example.org/wuhou/xiaoxiangshu/fire-drill-2027-09.pdf",
         *       "title": "2027年9月消防疏散演练记录"
         *     }
         */
        'application/json': components['schemas']['AuditEvidenceLinkBody'];
      };
    };
    responses: {
      /** @description Added. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Evidence'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, inspector. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  AuditsController_followUp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Audit id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "plannedDate": "2027-10-15",
         *       "inspectorIds": [
         *         "7042bf4e-cd23-4d74-a0c6-fed1e809f04d"
         *       ]
         *     }
         */
        'application/json': components['schemas']['PlanFollowUpBody'];
      };
    };
    responses: {
      /** @description Planned. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Audit'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, inspector. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  AuditsController_start: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Audit id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "expectedVersion": 2
         *     }
         */
        'application/json': components['schemas']['StartAuditBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Audit'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, inspector. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  AuditsController_submit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Audit id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "summary": "总体良好，消防通道及健康证明两项需整改",
         *       "expectedVersion": 9
         *     }
         */
        'application/json': components['schemas']['SubmitAuditBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Audit'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, inspector. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "username": "zhao.min",
         *       "password": "Wuhou-inspection-2027"
         *     }
         */
        'application/json': components['schemas']['LoginBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginResult'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too Many Requests. Too many attempts; see `Retry-After`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  AuthController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Account'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep, viewer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  AuthController_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "currentPassword": "Temporary-2027-0914",
         *       "newPassword": "Wuhou-inspection-2027"
         *     }
         */
        'application/json': components['schemas']['ChangePasswordBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Account'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep, viewer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  BookingSeriesController_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Series id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "学期课程调整"
         *     }
         */
        'application/json': components['schemas']['CancelSeriesBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SeriesCancellation'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /**
       * @description Forbidden. The caller’s role may not do this.
       *
       *     Forbidden. Allowed: alliance_admin, member_rep, trainer.
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  BookingsController_list: {
    parameters: {
      query?: {
        cursor?: string;
        from?: string;
        limit?: number;
        organisationId?: string;
        ownerOrganisationId?: string;
        resourceId?: string;
        seriesId?: string;
        status?: 'requested' | 'approved' | 'rejected' | 'cancelled' | 'expired' | 'completed' | 'no_show';
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BookingPage'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /**
       * @description Forbidden. The caller’s role may not do this.
       *
       *     Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep, viewer.
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  BookingsController_request: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "resourceId": "0c3e78ad-4fa5-4114-a7bb-e2af0db24cd7",
         *       "organisationId": "ad4e4da0-ff71-4aaa-8149-e2cb811240aa",
         *       "startsAt": "2027-09-16T14:00:00+08:00",
         *       "endsAt": "2027-09-16T16:00:00+08:00",
         *       "purpose": "家长课堂：婴幼儿睡眠指导",
         *       "headcount": 24
         *     }
         */
        'application/json': components['schemas']['RequestBookingDto'];
      };
    };
    responses: {
      /** @description Requested (or approved at once under an auto-approve policy). */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Booking'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /**
       * @description Forbidden. The caller’s role may not do this.
       *
       *     Forbidden. Allowed: alliance_admin, member_rep, trainer.
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  BookingsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Booking id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Booking'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /**
       * @description Forbidden. The caller’s role may not do this.
       *
       *     Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep, viewer.
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  BookingsController_approve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Booking id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "note": "请提前十分钟到前台登记",
         *       "expectedVersion": 1
         *     }
         */
        'application/json': components['schemas']['ApproveBookingBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Booking'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /**
       * @description Forbidden. The caller’s role may not do this.
       *
       *     Forbidden. Allowed: alliance_admin, member_rep.
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  BookingsController_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Booking id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "活动延期",
         *       "expectedVersion": 2
         *     }
         */
        'application/json': components['schemas']['CancelBookingBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Booking'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /**
       * @description Forbidden. The caller’s role may not do this.
       *
       *     Forbidden. Allowed: alliance_admin, member_rep, trainer.
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  BookingsController_complete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Booking id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "expectedVersion": 2
         *     }
         */
        'application/json': components['schemas']['CompleteBookingBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Booking'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /**
       * @description Forbidden. The caller’s role may not do this.
       *
       *     Forbidden. Allowed: alliance_admin, member_rep.
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  BookingsController_noShow: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Booking id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "expectedVersion": 2
         *     }
         */
        'application/json': components['schemas']['MarkNoShowBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Booking'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /**
       * @description Forbidden. The caller’s role may not do this.
       *
       *     Forbidden. Allowed: alliance_admin, member_rep.
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  BookingsController_reject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Booking id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "该时段已安排消防演练",
         *       "expectedVersion": 1
         *     }
         */
        'application/json': components['schemas']['RejectBookingBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Booking'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /**
       * @description Forbidden. The caller’s role may not do this.
       *
       *     Forbidden. Allowed: alliance_admin, member_rep.
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  BookingsController_expiryCheck: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BookingExpiryCheck'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  BookingsController_requestSeries: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "resourceId": "0c3e78ad-4fa5-4114-a7bb-e2af0db24cd7",
         *       "organisationId": "ad4e4da0-ff71-4aaa-8149-e2cb811240aa",
         *       "startsAt": "2027-09-16T14:00:00+08:00",
         *       "endsAt": "2027-09-16T16:00:00+08:00",
         *       "purpose": "每周四亲子早教活动",
         *       "headcount": 20,
         *       "count": 8
         *     }
         */
        'application/json': components['schemas']['RequestSeriesDto'];
      };
    };
    responses: {
      /** @description Success. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BookingSeries'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /**
       * @description Forbidden. The caller’s role may not do this.
       *
       *     Forbidden. Allowed: alliance_admin, member_rep, trainer.
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  CertificatesController_list: {
    parameters: {
      query?: {
        courseId?: string;
        cursor?: string;
        limit?: number;
        organisationId?: string;
        sessionId?: string;
        staffId?: string;
        validity?: 'valid' | 'expired' | 'revoked';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CertificatePage'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  CertificatesController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Certificate id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "考核材料经核查不实",
         *       "expectedVersion": 1
         *     }
         */
        'application/json': components['schemas']['RevokeCertificateBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Certificate'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  CertificatesController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Verification code printed on the certificate */
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CertificateVerification'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too Many Requests. Too many attempts; see `Retry-After`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  FindingsController_status: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Member organisation id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganisationCompliance'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, inspector, viewer, member_rep (own organisation only). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  OrganisersController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganiserList'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  OrganisersController_grant: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "organisationId": "abaf6285-ac95-474c-9057-10de3d3f7352"
         *     }
         */
        'application/json': components['schemas']['OrganiserDto'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganiserList'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  OrganisersController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Member organisation id */
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganiserList'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  FindingsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Corrective action id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Finding'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, inspector, member_rep, trainer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  FindingsController_close: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Corrective action id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "note": "现场复查，通道已畅通",
         *       "expectedVersion": 2
         *     }
         */
        'application/json': components['schemas']['CloseActionBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Finding'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, inspector. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  FindingsController_upload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Corrective action id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "fileName": "整改后消防通道.png",
         *       "contentType": "image/png",
         *       "contentBase64": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
         *     }
         */
        'application/json': components['schemas']['ActionEvidenceUploadBody'];
        /** @example {} */
        'multipart/form-data': components['schemas']['ActionEvidenceUploadBody'];
      };
    };
    responses: {
      /** @description Stored. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Evidence'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Content Too Large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  FindingsController_addLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Corrective action id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "url": "https://example.org/wuhou/xiaoxiangshu/rectification-2027-09.pdf",
         *       "title": "消防通道整改报告"
         *     }
         */
        'application/json': components['schemas']['ActionEvidenceLinkBody'];
      };
    };
    responses: {
      /** @description Added. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Evidence'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  FindingsController_reopen: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Corrective action id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "复查时通道再次被婴儿车占用",
         *       "expectedVersion": 2
         *     }
         */
        'application/json': components['schemas']['ReopenActionBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Finding'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, inspector. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  FindingsController_respond: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Corrective action id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "plan": "已清理消防通道杂物并安排专人每日巡查，附整改后照片",
         *       "expectedVersion": 1
         *     }
         */
        'application/json': components['schemas']['RespondToActionBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Finding'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  FindingsController_overdueCheck: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "asOf": "2027-09-30"
         *     }
         */
        'application/json': components['schemas']['RunOverdueCheckDto'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OverdueCheckResult'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  CoursesController_list: {
    parameters: {
      query?: {
        category?:
          | 'care_and_feeding'
          | 'health_and_hygiene'
          | 'safety_and_first_aid'
          | 'early_development'
          | 'parenting_guidance'
          | 'medical_childcare_integration'
          | 'management';
        cursor?: string;
        limit?: number;
        status?: 'draft' | 'published' | 'retired';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CoursePage'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep, viewer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  CoursesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "code": "SAFE-101",
         *       "title": "婴幼儿急救与安全防护",
         *       "description": "海姆立克急救、心肺复苏与托育场所常见意外的预防",
         *       "category": "safety_and_first_aid",
         *       "creditHours": 6,
         *       "targetRoles": [
         *         "caregiver",
         *         "infant_care_specialist",
         *         "teacher"
         *       ],
         *       "certificateValidityMonths": 24,
         *       "completionThresholdPercent": 80
         *     }
         */
        'application/json': components['schemas']['CreateCourseDto'];
      };
    };
    responses: {
      /** @description Created as a draft. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Course'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  CoursesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Course id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Course'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep, viewer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  CoursesController_publish: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Course id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "expectedVersion": 1
         *     }
         */
        'application/json': components['schemas']['PublishCourseBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Course'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  CoursesController_retire: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Course id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "已由新版课程 SAFE-201 替代",
         *       "expectedVersion": 2
         *     }
         */
        'application/json': components['schemas']['RetireCourseBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Course'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  DashboardController_figures: {
    parameters: {
      query?: {
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Dashboard'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, viewer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  DashboardController_setPopulation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description District code, e.g. `gaoxin` (see GET /districts). */
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "childrenUnderThree": 38000,
         *       "districtName": "武侯区"
         *     }
         */
        'application/json': components['schemas']['DistrictPopulationBodyDto'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DashboardDistrictPopulation'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  DashboardController_export: {
    parameters: {
      query?: {
        asOf?: string;
      };
      header?: never;
      path: {
        table: 'overview' | 'members' | 'places' | 'training' | 'compliance' | 'resources' | 'all';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The .xlsx file (Content-Disposition: attachment). A client that asks for `Accept: application/json` only (a browser script saving it as a Blob) gets the same file as base64 with its names instead. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DashboardExport'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, viewer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  DashboardController_rebuild: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DashboardRebuild'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  DistrictsController_list: {
    parameters: {
      query?: {
        includeInactive?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['District'][];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep, viewer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  EnrolmentsController_enrol: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "sessionId": "0561e9e7-ab69-4dba-829c-258b8fec8e81",
         *       "staffId": "64c8bb18-1366-4c7d-98da-dd962011c5d6"
         *     }
         */
        'application/json': components['schemas']['EnrolDto'];
      };
    };
    responses: {
      /** @description Confirmed or waitlisted. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Enrolment'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  EnrolmentsController_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Enrolment id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "该员工当日值班",
         *       "expectedVersion": 1
         *     }
         */
        'application/json': components['schemas']['CancelEnrolmentBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Enrolment'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  EvidenceController_read: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Evidence id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EvidenceContent'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, inspector, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  FindingsController_list: {
    parameters: {
      query?: {
        audit?: string;
        cursor?: string;
        limit?: number;
        open?: boolean;
        organisation?: string;
        severity?: 'critical' | 'major' | 'minor';
        trainingCategory?:
          | 'care_and_feeding'
          | 'health_and_hygiene'
          | 'safety_and_first_aid'
          | 'early_development'
          | 'parenting_guidance'
          | 'medical_childcare_integration'
          | 'management';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FindingPage'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, inspector, member_rep, trainer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  TasksController_list: {
    parameters: {
      query?: {
        cursor?: string;
        kind?:
          | 'notice_acknowledgement'
          | 'meeting_invitation'
          | 'action_item'
          | 'booking_approval'
          | 'corrective_action'
          | 'audit'
          | 'enrolment_promotion';
        limit?: number;
        order?: 'due' | 'newest';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskPage'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep, viewer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  MeetingsController_list: {
    parameters: {
      query?: {
        cursor?: string;
        kind?: 'alliance_meeting' | 'working_group_meeting' | 'site_visit' | 'forum';
        limit?: number;
        status?: 'scheduled' | 'cancelled';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CoordinationMeetingPage'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep, viewer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  MeetingsController_schedule: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "kind": "site_visit",
         *       "title": "实地参访：指导中心旗舰托育中心",
         *       "startsAt": "2027-09-14T14:00:00+08:00",
         *       "endsAt": "2027-09-14T16:30:00+08:00",
         *       "place": {
         *         "kind": "address",
         *         "address": "成都市高新区天府软件园"
         *       },
         *       "agenda": [
         *         "参观旗舰中心",
         *         "医育结合经验交流"
         *       ],
         *       "invitees": {
         *         "kind": "members",
         *         "organisationIds": [
         *           "abaf6285-ac95-474c-9057-10de3d3f7352"
         *         ]
         *       }
         *     }
         */
        'application/json': components['schemas']['ScheduleMeetingDto'];
      };
    };
    responses: {
      /** @description Scheduled. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CoordinationMeeting'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  MeetingsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Meeting id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CoordinationMeeting'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep, viewer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  MeetingsController_attendance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Meeting id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingAttendance'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  MeetingsController_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Meeting id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "场地临时检修，另行通知",
         *       "expectedVersion": 1
         *     }
         */
        'application/json': components['schemas']['CancelMeetingBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CoordinationMeeting'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  MeetingsController_minutes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Meeting id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "summary": "会议通报了医育结合试点进展，讨论了工作组章程。",
         *       "decisions": [
         *         "成立医育结合工作组"
         *       ],
         *       "actionItems": [
         *         {
         *           "title": "起草工作组章程",
         *           "ownerOrganisationId": "abaf6285-ac95-474c-9057-10de3d3f7352",
         *           "dueDate": "2027-10-15"
         *         }
         *       ],
         *       "expectedVersion": 1
         *     }
         */
        'application/json': components['schemas']['PublishMinutesBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CoordinationMeeting'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  MeetingsController_answer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Meeting id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "answer": "attending",
         *       "attendees": 2,
         *       "note": "园长及保健医生参加"
         *     }
         */
        'application/json': components['schemas']['AnswerInvitationBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CoordinationMeeting'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  MeetingsController_signIn: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Meeting id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "code": "6f915b56-acf5-4bba-a55c-d7e501074db7.1820000000.q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c"
         *     }
         */
        'application/json': components['schemas']['SignInBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignIn'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep, viewer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  MeetingsController_code: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Meeting id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignInCode'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  MembersController_list: {
    parameters: {
      query?: {
        affordableDesignation?: 'designated' | 'under_review' | 'revoked' | 'none';
        allianceRole?: 'lead_unit' | 'guidance_centre' | 'member';
        cursor?: string;
        district?: string;
        kind?:
          | 'childcare_centre'
          | 'kindergarten'
          | 'hospital'
          | 'maternal_child_health_institute'
          | 'university'
          | 'government_bureau'
          | 'enterprise'
          | 'other';
        limit?: number;
        order?: 'asc' | 'desc';
        q?: string;
        sort?: 'name' | 'appliedAt';
        status?: 'applied' | 'admitted' | 'rejected' | 'suspended' | 'withdrawn' | 'expelled';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberPage'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep, viewer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  MembersController_apply: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "成都市武侯区小橡树托育中心",
         *       "nameEn": "Little Oak Childcare Centre, Wuhou",
         *       "creditCode": "91510107MA6CM4QK8Y",
         *       "kind": "childcare_centre",
         *       "ownership": "private",
         *       "districtCode": "wuhou",
         *       "address": "成都市武侯区人民南路四段12号",
         *       "contacts": [
         *         {
         *           "name": "李娟",
         *           "role": "园长",
         *           "phone": "13800001234",
         *           "email": "lijuan@xiaoxiangshu.example.org"
         *         },
         *         {
         *           "name": "王磊",
         *           "role": "保健医",
         *           "phone": "028-85001234"
         *         }
         *       ],
         *       "licensedPlaces": 80,
         *       "affordablePlaces": 40,
         *       "allianceRole": "member"
         *     }
         */
        'application/json': components['schemas']['ApplyForMembershipDto'];
      };
    };
    responses: {
      /** @description Applied. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  MembersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Member organisation id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberDetail'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep, viewer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  MembersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Member organisation id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "address": "成都市武侯区人民南路四段18号",
         *       "licensedPlaces": 100,
         *       "affordablePlaces": 50,
         *       "expectedVersion": 3
         *     }
         */
        'application/json': components['schemas']['UpdateMemberProfileBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, member_rep (own organisation only). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  MemberLifecycleController_admit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Member organisation id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "expectedVersion": 1,
         *       "reason": "材料齐全，经联盟理事会审议通过"
         *     }
         */
        'application/json': components['schemas']['AdmitMemberBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  MemberLifecycleController_decideAffordableDesignation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Member organisation id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "decision": "keep",
         *       "reason": "普惠托位收费仍符合区卫健局核定标准",
         *       "expectedVersion": 2
         *     }
         */
        'application/json': components['schemas']['DecideAffordableDesignationBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  MemberLifecycleController_expel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Member organisation id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "expectedVersion": 4,
         *       "reason": "整改期满仍未达标，经理事会决定除名"
         *     }
         */
        'application/json': components['schemas']['ExpelMemberBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  MemberLifecycleController_reinstate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Member organisation id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "expectedVersion": 3,
         *       "reason": "整改完成，复查合格"
         *     }
         */
        'application/json': components['schemas']['ReinstateMemberBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  MemberLifecycleController_reject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Member organisation id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "expectedVersion": 1,
         *       "reason": "备案材料不全：缺少消防验收意见书"
         *     }
         */
        'application/json': components['schemas']['RejectMemberBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  MemberLifecycleController_suspend: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Member organisation id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "expectedVersion": 2,
         *       "reason": "年度督导发现消防通道堵塞，整改期间暂停成员资格"
         *     }
         */
        'application/json': components['schemas']['SuspendMemberBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  MemberLifecycleController_withdraw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Member organisation id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "expectedVersion": 2,
         *       "reason": "机构转型为幼儿园，申请退出联盟"
         *     }
         */
        'application/json': components['schemas']['WithdrawMemberBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, member_rep (own organisation only). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  MembersController_figures: {
    parameters: {
      query?: {
        includeInactive?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DistrictFiguresView'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep, viewer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  NoticesController_list: {
    parameters: {
      query?: {
        category?: 'policy' | 'notice' | 'meeting_notice' | 'standard_update';
        cursor?: string;
        limit?: number;
        owing?: boolean;
        status?: 'draft' | 'published' | 'withdrawn' | 'superseded';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NoticePage'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep, viewer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  NoticesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "title": "关于做好2027年秋季普惠托位申报工作的通知",
         *       "body": "各成员单位：\n\n请于截止日期前在平台签收，并报送本单位普惠托位计划。",
         *       "category": "policy",
         *       "issuer": "成都市卫生健康委员会",
         *       "audience": {
         *         "kind": "districts",
         *         "districtCodes": [
         *           "wuhou",
         *           "gaoxin"
         *         ]
         *       },
         *       "requiresAcknowledgement": true,
         *       "acknowledgeBy": "2027-09-30T17:00:00+08:00",
         *       "reminderDaysBefore": 3
         *     }
         */
        'application/json': components['schemas']['CreateNoticeDto'];
      };
    };
    responses: {
      /** @description Created as a draft. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Notice'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  NoticesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Notice id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Notice'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep, viewer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  NoticesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Notice id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "expectedVersion": 1,
         *       "acknowledgeBy": "2027-10-08T17:00:00+08:00"
         *     }
         */
        'application/json': components['schemas']['UpdateNoticeBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Notice'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  NoticesController_acknowledge: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Notice id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reply": "已收悉，将按时报送"
         *     }
         */
        'application/json': components['schemas']['AcknowledgeNoticeBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Notice'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  NoticesController_acknowledgements: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Notice id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NoticeAcknowledgements'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  NoticeAttachmentsController_upload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Notice id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "fileName": "普惠托位申报指南.pdf",
         *       "contentType": "application/pdf",
         *       "contentBase64": "JVBERi0xLjcKJeLjz9MK"
         *     }
         */
        'application/json': components['schemas']['AttachmentUploadBody'];
        /** @example {} */
        'multipart/form-data': components['schemas']['AttachmentUploadBody'];
      };
    };
    responses: {
      /** @description Stored. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Attachment'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Content Too Large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  NoticesController_publish: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Notice id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "expectedVersion": 1
         *     }
         */
        'application/json': components['schemas']['PublishNoticeBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Notice'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  NoticesController_withdraw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Notice id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "文件内容有误，将重新发布",
         *       "expectedVersion": 2
         *     }
         */
        'application/json': components['schemas']['WithdrawNoticeBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Notice'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  NoticesController_reminders: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "asOf": "2027-09-27T09:00:00+08:00"
         *     }
         */
        'application/json': components['schemas']['RunReminderCheckDto'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReminderCheckResult'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  PipelineController_overview: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PipelineOverview'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  PipelineController_service: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A service the gateway forwards to (GATEWAY_SERVICES), e.g. `membership`; any other is a 404. */
        service: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServicePipeline'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  PipelineController_deadLetters: {
    parameters: {
      query?: {
        after?: string;
        consumer?: string;
        limit?: number;
        status?: 'open' | 'replayed' | 'discarded' | 'all';
      };
      header?: never;
      path: {
        /** @description A service the gateway forwards to (GATEWAY_SERVICES), e.g. `membership`; any other is a 404. */
        service: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadLetterPage'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  PipelineController_discard: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Dead-letter id */
        id: string;
        /** @description A service the gateway forwards to (GATEWAY_SERVICES), e.g. `membership`; any other is a 404. */
        service: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "事件已由人工补录，无需重放"
         *     }
         */
        'application/json': components['schemas']['DiscardDeadLetterBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadLetter'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  PipelineController_replay: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Dead-letter id */
        id: string;
        /** @description A service the gateway forwards to (GATEWAY_SERVICES), e.g. `membership`; any other is a 404. */
        service: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        /** @example {} */
        'application/json': components['schemas']['ReplayDeadLetterBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReplayResult'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  PlaceRequestsController_list: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
        organisationId?: string;
        ownerOrganisationId?: string;
        resourceId?: string;
        status?: 'requested' | 'approved' | 'rejected' | 'cancelled' | 'expired';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlaceRequestPage'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /**
       * @description Forbidden. The caller’s role may not do this.
       *
       *     Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep, viewer.
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  PlaceRequestsController_request: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "resourceId": "ce520cfe-c717-4a9b-ab9f-f99ac2094ee5",
         *       "organisationId": "ad4e4da0-ff71-4aaa-8149-e2cb811240aa",
         *       "quantity": 5,
         *       "fromMonth": "2027-09",
         *       "toMonth": "2028-01",
         *       "purpose": "安置园区企业职工子女（普惠托位）"
         *     }
         */
        'application/json': components['schemas']['RequestPlacesDto'];
      };
    };
    responses: {
      /** @description Requested (or approved at once under an auto-approve policy). */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlaceRequest'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /**
       * @description Forbidden. The caller’s role may not do this.
       *
       *     Forbidden. Allowed: alliance_admin, member_rep.
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  PlaceRequestsController_approve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Place request id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "note": "9月起每月初确认在托名单",
         *       "expectedVersion": 1
         *     }
         */
        'application/json': components['schemas']['ApprovePlaceRequestBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlaceRequest'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /**
       * @description Forbidden. The caller’s role may not do this.
       *
       *     Forbidden. Allowed: alliance_admin, member_rep.
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  PlaceRequestsController_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Place request id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "企业已自建托育点",
         *       "expectedVersion": 2
         *     }
         */
        'application/json': components['schemas']['CancelPlaceRequestBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlaceRequest'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /**
       * @description Forbidden. The caller’s role may not do this.
       *
       *     Forbidden. Allowed: alliance_admin, member_rep.
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  PlaceRequestsController_reject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Place request id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "该时段托位已满",
         *       "expectedVersion": 1
         *     }
         */
        'application/json': components['schemas']['RejectPlaceRequestBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlaceRequest'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /**
       * @description Forbidden. The caller’s role may not do this.
       *
       *     Forbidden. Allowed: alliance_admin, member_rep.
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  PracticesController_list: {
    parameters: {
      query?: {
        cursor?: string;
        kind?: 'case' | 'report' | 'research';
        limit?: number;
        q?: string;
        status?: 'draft' | 'published';
        tag?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PracticePage'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep, viewer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  PracticesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "kind": "case",
         *       "title": "社区嵌入式托育点的医育结合实践",
         *       "summary": "社区卫生服务中心与托育点共建儿童保健服务",
         *       "body": "## 做法\n\n每月一次儿保医生入园巡诊。",
         *       "tags": [
         *         "医育结合",
         *         "普惠运营"
         *       ],
         *       "contributorOrganisationId": "abaf6285-ac95-474c-9057-10de3d3f7352",
         *       "standardCodes": [
         *         "TY-QA"
         *       ],
         *       "trainingCategories": [
         *         "medical_childcare_integration"
         *       ]
         *     }
         */
        'application/json': components['schemas']['CreatePracticeDto'];
      };
    };
    responses: {
      /** @description Created as a draft. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Practice'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  PracticesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Practice id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Practice'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep, viewer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  PracticeAttachmentsController_upload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Library entry id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "fileName": "普惠托位申报指南.pdf",
         *       "contentType": "application/pdf",
         *       "contentBase64": "JVBERi0xLjcKJeLjz9MK"
         *     }
         */
        'application/json': components['schemas']['AttachmentUploadBody'];
        /** @example {} */
        'multipart/form-data': components['schemas']['AttachmentUploadBody'];
      };
    };
    responses: {
      /** @description Stored. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Attachment'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Content Too Large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  PracticesController_publish: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Practice id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "expectedVersion": 1
         *     }
         */
        'application/json': components['schemas']['PublishPracticeBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Practice'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  ReciprocityController_reciprocity: {
    parameters: {
      query: {
        districtCode?: string;
        from: string;
        organisationId?: string;
        to: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Reciprocity'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep, viewer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  ResourcesController_search: {
    parameters: {
      query?: {
        cursor?: string;
        districtCode?: string;
        kind?: 'venue' | 'expert' | 'equipment' | 'material' | 'places';
        limit?: number;
        ownerOrganisationId?: string;
        q?: string;
        status?: 'listed' | 'withdrawn';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResourcePage'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep, viewer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  ResourcesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "kind": "venue",
         *       "title": "亲子活动室",
         *       "description": "约80平方米，配有软垫、投影和母婴室，可容纳30人",
         *       "ownerOrganisationId": "abaf6285-ac95-474c-9057-10de3d3f7352",
         *       "districtCode": "wuhou",
         *       "address": "成都市武侯区人民南路四段12号二楼",
         *       "capacity": 30,
         *       "visibility": "districts",
         *       "visibleDistricts": [
         *         "wuhou",
         *         "gaoxin",
         *         "shuangliu"
         *       ],
         *       "openingHours": [
         *         {
         *           "weekday": 1,
         *           "opens": "08:30",
         *           "closes": "17:30"
         *         },
         *         {
         *           "weekday": 2,
         *           "opens": "08:30",
         *           "closes": "17:30"
         *         },
         *         {
         *           "weekday": 3,
         *           "opens": "08:30",
         *           "closes": "17:30"
         *         },
         *         {
         *           "weekday": 4,
         *           "opens": "08:30",
         *           "closes": "17:30"
         *         },
         *         {
         *           "weekday": 5,
         *           "opens": "08:30",
         *           "closes": "17:30"
         *         }
         *       ],
         *       "blackouts": [
         *         {
         *           "from": "2027-10-01",
         *           "to": "2027-10-07",
         *           "reason": "国庆假期"
         *         }
         *       ],
         *       "policy": {
         *         "approval": "owner",
         *         "minNoticeMinutes": 1440,
         *         "maxDurationMinutes": 480,
         *         "monthlyQuota": 8
         *       },
         *       "availableFrom": "2027-09",
         *       "availableUntil": "2028-08"
         *     }
         */
        'application/json': components['schemas']['ListResourceDto'];
      };
    };
    responses: {
      /** @description Listed. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Resource'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /**
       * @description Forbidden. The caller’s role may not do this.
       *
       *     Forbidden. Allowed: alliance_admin, member_rep.
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  ResourcesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Resource id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Resource'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep, viewer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  ResourcesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Resource id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "capacity": 25,
         *       "openingHours": [
         *         {
         *           "weekday": 1,
         *           "opens": "08:30",
         *           "closes": "17:30"
         *         },
         *         {
         *           "weekday": 2,
         *           "opens": "08:30",
         *           "closes": "17:30"
         *         },
         *         {
         *           "weekday": 3,
         *           "opens": "08:30",
         *           "closes": "17:30"
         *         },
         *         {
         *           "weekday": 4,
         *           "opens": "08:30",
         *           "closes": "17:30"
         *         },
         *         {
         *           "weekday": 5,
         *           "opens": "08:30",
         *           "closes": "17:30"
         *         }
         *       ],
         *       "blackouts": [
         *         {
         *           "from": "2027-10-01",
         *           "to": "2027-10-07",
         *           "reason": "国庆假期"
         *         }
         *       ],
         *       "policy": {
         *         "approval": "owner",
         *         "minNoticeMinutes": 1440,
         *         "maxDurationMinutes": 480,
         *         "monthlyQuota": 8
         *       },
         *       "expectedVersion": 2
         *     }
         */
        'application/json': components['schemas']['UpdateResourceBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Resource'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /**
       * @description Forbidden. The caller’s role may not do this.
       *
       *     Forbidden. Allowed: alliance_admin, member_rep.
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  ResourcesController_withdraw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Resource id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "活动室装修，暂停开放",
         *       "expectedVersion": 3
         *     }
         */
        'application/json': components['schemas']['WithdrawResourceBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Resource'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /**
       * @description Forbidden. The caller’s role may not do this.
       *
       *     Forbidden. Allowed: alliance_admin, member_rep.
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  SessionsController_list: {
    parameters: {
      query?: {
        courseId?: string;
        cursor?: string;
        from?: string;
        limit?: number;
        status?: 'scheduled' | 'cancelled' | 'completed';
        trainerId?: string;
        venueState?: 'pending' | 'confirmed' | 'flagged' | 'released';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionPage'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep, viewer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  SessionsController_schedule: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "courseId": "6ce6f6a8-f790-46da-9deb-601d834c82d1",
         *       "trainerIds": [
         *         "3bac50d7-b82d-4d9c-a789-a4993814e01a"
         *       ],
         *       "meetings": [
         *         {
         *           "startsAt": "2027-09-14T09:00:00+08:00",
         *           "endsAt": "2027-09-14T12:00:00+08:00"
         *         },
         *         {
         *           "startsAt": "2027-09-21T09:00:00+08:00",
         *           "endsAt": "2027-09-21T12:00:00+08:00"
         *         }
         *       ],
         *       "location": {
         *         "kind": "address",
         *         "address": "成都市武侯区妇幼保健院三楼培训室"
         *       },
         *       "capacity": 30,
         *       "enrolmentOpensAt": "2027-08-30T09:00:00+08:00",
         *       "enrolmentClosesAt": "2027-09-10T18:00:00+08:00"
         *     }
         */
        'application/json': components['schemas']['ScheduleSessionDto'];
      };
    };
    responses: {
      /** @description Scheduled. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  SessionsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Session id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep, viewer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  SessionsController_attendance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Session id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "marks": [
         *         {
         *           "meetingId": "6f915b56-acf5-4bba-a55c-d7e501074db7",
         *           "staffId": "64c8bb18-1366-4c7d-98da-dd962011c5d6",
         *           "status": "present"
         *         }
         *       ]
         *     }
         */
        'application/json': components['schemas']['RecordAttendanceBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  SessionsController_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Session id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "报名人数不足",
         *       "expectedVersion": 2
         *     }
         */
        'application/json': components['schemas']['CancelSessionBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  SessionsController_complete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Session id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "expectedVersion": 4
         *     }
         */
        'application/json': components['schemas']['CompleteSessionBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionCompletion'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  SessionsController_enrolments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Session id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EnrolmentList'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  SessionsController_reschedule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Session id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "meetings": [
         *         {
         *           "startsAt": "2027-09-14T14:00:00+08:00",
         *           "endsAt": "2027-09-14T17:00:00+08:00"
         *         },
         *         {
         *           "startsAt": "2027-09-21T14:00:00+08:00",
         *           "endsAt": "2027-09-21T17:00:00+08:00"
         *         }
         *       ],
         *       "reason": "培训室上午另有安排，改至下午",
         *       "expectedVersion": 2
         *     }
         */
        'application/json': components['schemas']['RescheduleSessionBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  StaffController_list: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
        organisation?: string;
        q?: string;
        role?:
          | 'caregiver'
          | 'infant_care_specialist'
          | 'health_staff'
          | 'teacher'
          | 'director'
          | 'cook'
          | 'security'
          | 'other';
        status?: 'active' | 'left';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StaffPage'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  StaffController_register: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "organisationId": "abaf6285-ac95-474c-9057-10de3d3f7352",
         *       "name": "张小雨",
         *       "role": "caregiver",
         *       "hiredOn": "2027-08-20",
         *       "qualifications": [
         *         {
         *           "kind": "保育师",
         *           "number": "BYS-2027-051234",
         *           "issuedOn": "2027-06-30"
         *         }
         *       ],
         *       "healthCertificateExpiresOn": "2028-08-19",
         *       "backgroundCheckedOn": "2027-08-15"
         *     }
         */
        'application/json': components['schemas']['RegisterStaffDto'];
      };
    };
    responses: {
      /** @description Registered. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Staff'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  StaffController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Staff id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Staff'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  StaffController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Staff id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "role": "infant_care_specialist",
         *       "expectedVersion": 2
         *     }
         */
        'application/json': components['schemas']['UpdateStaffBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Staff'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  StaffController_leave: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Staff id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "leftOn": "2027-12-31",
         *       "reason": "合同期满",
         *       "expectedVersion": 3
         *     }
         */
        'application/json': components['schemas']['StaffLeavesBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Staff'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  StaffController_record: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Staff id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrainingRecord'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  StandardsController_list: {
    parameters: {
      query?: {
        code?: string;
        limit?: number;
        status?: 'draft' | 'published' | 'retired';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StandardList'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep, viewer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  StandardsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "code": "TY-QA-WH",
         *       "title": "托育机构质量评估标准（联盟版）",
         *       "issuer": "成都市托育服务联盟",
         *       "effectiveFrom": "2027-09-01",
         *       "totalPoints": 100,
         *       "areas": [
         *         {
         *           "code": "SAFE",
         *           "title": "安全保障",
         *           "maxPoints": 60,
         *           "criteria": [
         *             {
         *               "code": "SAFE-1",
         *               "text": "婴幼儿生活用房不高于三层，消防通道畅通并每季度组织应急疏散演练",
         *               "points": 40,
         *               "evidenceRequired": true,
         *               "veto": true,
         *               "appliesTo": [
         *                 "childcare_centre",
         *                 "kindergarten"
         *               ],
         *               "trainingCategory": "safety_and_first_aid"
         *             },
         *             {
         *               "code": "SAFE-2",
         *               "text": "保育人员均持有效健康证明并完成背景审查",
         *               "points": 20,
         *               "evidenceRequired": true,
         *               "veto": false,
         *               "appliesTo": []
         *             }
         *           ]
         *         },
         *         {
         *           "code": "CARE",
         *           "title": "保育照护",
         *           "maxPoints": 40,
         *           "criteria": [
         *             {
         *               "code": "CARE-1",
         *               "text": "12–24月龄班级保育人员与婴幼儿比例不低于1:5，班级规模不超过15人",
         *               "points": 40,
         *               "evidenceRequired": false,
         *               "veto": false,
         *               "appliesTo": [
         *                 "childcare_centre"
         *               ],
         *               "trainingCategory": "care_and_feeding"
         *             }
         *           ]
         *         }
         *       ],
         *       "gradeBands": [
         *         {
         *           "grade": "A",
         *           "minPercent": 90
         *         },
         *         {
         *           "grade": "B",
         *           "minPercent": 75
         *         },
         *         {
         *           "grade": "C",
         *           "minPercent": 60
         *         },
         *         {
         *           "grade": "D",
         *           "minPercent": 0
         *         }
         *       ]
         *     }
         */
        'application/json': components['schemas']['CreateStandardDto'];
      };
    };
    responses: {
      /** @description Created as a draft. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Standard'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  StandardsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Standard edition id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Standard'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep, viewer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  StandardsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Standard edition id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "expectedVersion": 1,
         *       "title": "托育机构质量评估标准（联盟版）",
         *       "issuer": "成都市托育服务联盟",
         *       "effectiveFrom": "2027-09-01",
         *       "totalPoints": 100,
         *       "areas": [
         *         {
         *           "code": "SAFE",
         *           "title": "安全保障",
         *           "maxPoints": 60,
         *           "criteria": [
         *             {
         *               "code": "SAFE-1",
         *               "text": "婴幼儿生活用房不高于三层，消防通道畅通并每季度组织应急疏散演练",
         *               "points": 40,
         *               "evidenceRequired": true,
         *               "veto": true,
         *               "appliesTo": [
         *                 "childcare_centre",
         *                 "kindergarten"
         *               ],
         *               "trainingCategory": "safety_and_first_aid"
         *             },
         *             {
         *               "code": "SAFE-2",
         *               "text": "保育人员均持有效健康证明并完成背景审查",
         *               "points": 20,
         *               "evidenceRequired": true,
         *               "veto": false,
         *               "appliesTo": []
         *             }
         *           ]
         *         },
         *         {
         *           "code": "CARE",
         *           "title": "保育照护",
         *           "maxPoints": 40,
         *           "criteria": [
         *             {
         *               "code": "CARE-1",
         *               "text": "12–24月龄班级保育人员与婴幼儿比例不低于1:5，班级规模不超过15人",
         *               "points": 40,
         *               "evidenceRequired": false,
         *               "veto": false,
         *               "appliesTo": [
         *                 "childcare_centre"
         *               ],
         *               "trainingCategory": "care_and_feeding"
         *             }
         *           ]
         *         }
         *       ],
         *       "gradeBands": [
         *         {
         *           "grade": "A",
         *           "minPercent": 90
         *         },
         *         {
         *           "grade": "B",
         *           "minPercent": 75
         *         },
         *         {
         *           "grade": "C",
         *           "minPercent": 60
         *         },
         *         {
         *           "grade": "D",
         *           "minPercent": 0
         *         }
         *       ]
         *     }
         */
        'application/json': components['schemas']['UpdateStandardBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Standard'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  StandardsController_nextEdition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Standard edition id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Created as a draft. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Standard'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  StandardsController_publish: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Standard edition id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "expectedVersion": 2
         *     }
         */
        'application/json': components['schemas']['PublishStandardBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Standard'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  StandardsController_retire: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Standard edition id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "已发布2028版标准",
         *       "expectedVersion": 3
         *     }
         */
        'application/json': components['schemas']['RetireStandardBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Standard'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  TrainingReportsController_expiring: {
    parameters: {
      query: {
        organisation?: string;
        withinDays: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExpiringItems'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, inspector, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  TrainingReportsController_check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "withinDays": 30
         *     }
         */
        'application/json': components['schemas']['RunExpiryCheckDto'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExpiryCheck'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  TrainingReportsController_hours: {
    parameters: {
      query: {
        organisation?: string;
        year: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HoursLedger'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, inspector, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  TrainingRequirementsController_list: {
    parameters: {
      query?: {
        category?:
          | 'care_and_feeding'
          | 'health_and_hygiene'
          | 'safety_and_first_aid'
          | 'early_development'
          | 'parenting_guidance'
          | 'medical_childcare_integration'
          | 'management';
        cursor?: string;
        limit?: number;
        organisationId?: string;
        status?: 'open' | 'met' | 'closed' | 'withdrawn';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrainingRequirementPage'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  TrainingRequirementsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Training requirement id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrainingRequirement'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, member_rep. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  WorkingGroupsController_list: {
    parameters: {
      query?: {
        needsChair?: boolean;
        organisationId?: string;
        status?: 'active' | 'dissolved' | 'all';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkingGroup'][];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep, viewer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  WorkingGroupsController_form: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "医育结合工作组",
         *       "description": "推动妇幼保健机构与托育机构的儿童健康管理协作",
         *       "chairOrganisationId": "abaf6285-ac95-474c-9057-10de3d3f7352",
         *       "memberOrganisationIds": [
         *         "ad4e4da0-ff71-4aaa-8149-e2cb811240aa"
         *       ]
         *     }
         */
        'application/json': components['schemas']['FormWorkingGroupDto'];
      };
    };
    responses: {
      /** @description Formed. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkingGroup'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  WorkingGroupsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Working group id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkingGroup'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin, trainer, inspector, member_rep, viewer. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  WorkingGroupsController_nameChair: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Working group id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "organisationId": "ad4e4da0-ff71-4aaa-8149-e2cb811240aa",
         *       "expectedVersion": 2
         *     }
         */
        'application/json': components['schemas']['NameWorkingGroupChairBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkingGroup'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  WorkingGroupsController_dissolve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Working group id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "阶段性任务已完成",
         *       "expectedVersion": 3
         *     }
         */
        'application/json': components['schemas']['DissolveWorkingGroupBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkingGroup'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  WorkingGroupsController_addMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Working group id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "organisationId": "ad4e4da0-ff71-4aaa-8149-e2cb811240aa",
         *       "expectedVersion": 1
         *     }
         */
        'application/json': components['schemas']['AddWorkingGroupMemberBody'];
      };
    };
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkingGroup'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  WorkingGroupsController_removeMember: {
    parameters: {
      query: {
        expectedVersion: number;
      };
      header?: never;
      path: {
        /** @description Working group id */
        id: string;
        /** @description Member organisation id */
        memberId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkingGroup'];
        };
      };
      /** @description Bad Request. Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unauthorized. No valid bearer token, or the account is disabled. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Forbidden. Allowed: alliance_admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not Found. Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict. Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unprocessable Content. A business rule of the service refused the request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  HealthController_health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
    };
  };
  HealthController_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Readiness'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  HealthController_readySelf: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Readiness'];
        };
      };
      /** @description Service Unavailable. The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
}
