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
  '/api/v1/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The schedule
     * @description By start of the first meeting; keyset pagination with `cursor`.
     */
    get: operations['SessionsController_list'];
    put?: never;
    /**
     * Schedule a session of a published course
     * @description Trainers are accounts with the trainer role (others answer 400 naming the field). A trainer’s meetings never overlap: a clash answers 409 naming the session and time it clashes with.
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
      /** Format: uuid */
      certificateId: string;
      courseCode: string;
      /** Format: uuid */
      courseId: string;
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
    FieldError: {
      /** @description Dotted path of the failing field, e.g. `contacts.0.phone`. */
      field: string;
      reasons: string[];
    };
    FormWorkingGroupDto: {
      /** Format: uuid */
      chairOrganisationId: string;
      description?: string;
      memberOrganisationIds?: string[];
      name: string;
    };
    GetCourseDto: {
      /** Format: uuid */
      id: string;
    };
    GetMemberDto: {
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
    ListMembersDto: {
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
      /** Format: uuid */
      resourceId: string | null;
      url: string | null;
    };
    LocationDto: {
      address?: string;
      /** @enum {string} */
      kind: 'address' | 'online' | 'venue';
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
    /** @description `contacts` is left out unless the caller may read them: admins, inspectors and trainers always; a member_rep only for its own organisation; a viewer never. History is oldest first. */
    MemberDetail: {
      address: string;
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
        | 'profile-updated';
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
    OmitAddWorkingGroupMemberDtoId: {
      expectedVersion: number;
      /** Format: uuid */
      organisationId: string;
    };
    OmitAdmitMemberDtoId: {
      expectedVersion: number;
      reason?: string;
    };
    OmitCancelEnrolmentDtoId: {
      expectedVersion: number;
      reason?: string;
    };
    OmitCancelSessionDtoId: {
      expectedVersion: number;
      reason: string;
    };
    OmitCompleteSessionDtoId: {
      expectedVersion: number;
    };
    OmitDissolveWorkingGroupDtoId: {
      expectedVersion: number;
      reason?: string;
    };
    OmitExpelMemberDtoId: {
      expectedVersion: number;
      reason: string;
    };
    OmitNameWorkingGroupChairDtoId: {
      expectedVersion: number;
      /** Format: uuid */
      organisationId: string;
    };
    OmitPublishCourseDtoId: {
      expectedVersion: number;
    };
    OmitRecordAttendanceDtoSessionId: {
      marks: components['schemas']['AttendanceMarkDto'][];
    };
    OmitReinstateMemberDtoId: {
      expectedVersion: number;
      reason?: string;
    };
    OmitRejectMemberDtoId: {
      expectedVersion: number;
      reason: string;
    };
    OmitRescheduleSessionDtoId: {
      expectedVersion: number;
      meetings: components['schemas']['MeetingDto'][];
      reason?: string;
    };
    OmitRetireCourseDtoId: {
      expectedVersion: number;
      reason?: string;
    };
    OmitRevokeCertificateDtoId: {
      expectedVersion: number;
      reason: string;
    };
    OmitStaffLeavesDtoId: {
      expectedVersion: number;
      leftOn: string;
      reason?: string;
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
    OmitWithdrawMemberDtoId: {
      expectedVersion: number;
      reason?: string;
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
    PageQueryDto: {
      cursor?: string;
      limit?: number;
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
    RejectMemberBody: {
      expectedVersion: number;
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
    RemoveWorkingGroupMemberDto: {
      expectedVersion: number;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organisationId: string;
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
    RunExpiryCheckDto: {
      asOf?: string;
      withinDays?: number;
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
    SuspendMemberBody: {
      expectedVersion: number;
      reason: string;
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
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
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
  MembersController_list: {
    parameters: {
      query?: {
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
  SessionsController_list: {
    parameters: {
      query?: {
        courseId?: string;
        cursor?: string;
        from?: string;
        limit?: number;
        status?: 'scheduled' | 'cancelled' | 'completed';
        trainerId?: string;
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
