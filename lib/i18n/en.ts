/**
 * The run-time catalogue: every text the app builds while running. Other languages are typed `Catalogue`, so a key
 * missing in any of them is a compile error. Placeholders are {name}; plural pairs end in _one / _other.
 */
export const en = {
	// Titles and labels
	'license_title': 'License',
	'seats_title': 'Seats',
	'limits_title': 'Limits',
	'modules_title': 'Modules',
	'help_title': 'LicenseApp commands',
	'plan': 'Plan',
	'plan_unnamed': 'Enterprise (no plan name)',
	'tags': 'Tags',
	'trial': 'Trial',
	'yes': 'yes',
	'no': 'no',
	'expires': 'Expires',
	'granted_to': 'Granted to',
	'modules_count_one': '{count} active module',
	'modules_count_other': '{count} active modules',
	'no_modules': 'No Enterprise modules are active.',
	'auto_renews': 'renews automatically',
	'no_auto_renew': 'does not renew automatically',
	'unlimited': 'unlimited',
	'unknown': 'not reported',

	// Dates
	'expires_in_one': '{date}, {count} day left',
	'expires_in_other': '{date}, {count} days left',
	'expires_today': 'today, {date}',
	'expired_on_one': 'expired on {date}, {count} day ago',
	'expired_on_other': 'expired on {date}, {count} days ago',
	'expired_today': 'expired today, {date}',

	// Limits
	'limit_activeUsers': 'Seats (active users)',
	'limit_guestUsers': 'Guests',
	'limit_monthlyActiveContacts': 'Monthly active contacts',
	'limit_privateApps': 'Private apps',
	'limit_marketplaceApps': 'Marketplace apps',
	'usage_of': '{used} of {max}',
	'usage_unlimited': '{used} (unlimited)',
	'usage_unknown_of': 'usage not reported, cap {max}',
	'usage_unknown_unlimited': 'unlimited',
	'reached_mark': 'reached',
	'at_cap_prefix': 'When reached:',
	'limits_none_near': 'Every limit is below {percent} of its cap.',
	'limits_reached_note': '⛔ marks a limit already reached, ⚠️ one at {percent} or more of its cap.',

	// What happens at a cap
	'consequence_prevent_action_activeUsers': 'new users cannot be created or activated',
	'consequence_prevent_action_guestUsers': 'new guests cannot be added',
	'consequence_prevent_action_monthlyActiveContacts': 'new omnichannel contacts cannot be served',
	'consequence_prevent_action_privateApps': 'more private apps cannot be installed or enabled',
	'consequence_prevent_action_marketplaceApps': 'more marketplace apps cannot be installed or enabled',
	'consequence_start_fair_policy': 'a fair-use policy starts',
	'consequence_invalidate_license': 'the license becomes invalid',
	'consequence_prevent_installation': 'new installations are blocked',
	'consequence_disable_modules': 'some modules are turned off',
	'consequence_allow_action': 'nothing is blocked',

	// Summary
	'community_title': 'No Enterprise license: this workspace runs on Community.',
	'community_limits': 'The Community limits apply:',
	'summary_details_hint': 'Details: {commands}',
	'legacy_source': 'Read from licenses.get (a server older than 6.5): usage other than seats is not reported.',

	// Seats
	'seats_used': 'Used',
	'seats_max': 'Maximum',
	'seats_remaining': 'Remaining',
	'seats_over': 'Over the cap by',
	'seats_guests': 'Guests',
	'seats_new_users': 'New users',
	'seats_allowed': 'can be added',
	'seats_blocked': '⛔ blocked: new users cannot be created or activated',
	'seats_unlimited': 'This license has no seat cap.',
	'seats_community': 'No license: Community has no seat cap. Active users: {used}.',

	// Modules
	'modules_intro_one': '{count} module is active:',
	'modules_intro_other': '{count} modules are active:',

	// Help
	'help_license': '`/license`: plan, trial, expiry and the limits that need attention',
	'help_limits': '`/license limits`: every limit with its usage, and what happens at its cap',
	'help_modules': '`/license modules`: the active Enterprise modules',
	'help_check': '`/license check`: run the daily check now and post what it finds to the admin room',
	'help_help': '`/license help`: this list',
	'help_seats': '`/seats`: seat usage against the cap, guests, and whether new users are blocked',
	'help_private': 'Replies are visible only to you.',
	'unknown_argument': 'I did not understand “{argument}”.',

	// Access
	'refusal': 'You need the view-privileged-setting permission to see license information.',

	// Errors
	'error_title': 'LicenseApp could not read the license.',
	'error_not_configured': 'LicenseApp is not connected to the workspace API yet (missing: {missing}).',
	'missing_user_id': 'user id',
	'missing_access_token': 'access token',
	'setup_step_1': '1. Sign in as an administrator and open My Account → Personal Access Tokens.',
	'setup_step_2': '2. Add a token and tick “Ignore Two Factor Authentication”.',
	'setup_step_3': '3. Copy the token and the user id shown once.',
	'setup_step_4': '4. Paste both in Administration → Apps → LicenseApp → Settings (user id, access token) and save.',
	'error_invalid_url':
		'The server URL setting is not an http(s) address. Fix it in the app settings, or leave it empty to use this server’s Site URL.',
	'error_unauthorized':
		'The workspace refused the access token (HTTP 401): it is wrong, expired or revoked. Create a new personal access token and paste it, with its user id, in the app settings.',
	'error_forbidden':
		'The token’s user lacks the view-privileged-setting permission, so the workspace hides the license. Use a token that belongs to an administrator.',
	'error_not_found': 'The workspace has no {path} (HTTP 404). Check the server URL setting: it must point at Rocket.Chat 3.10 or later.',
	'error_rate_limited_one': 'The workspace is rate-limiting these requests. Try again in {count} second.',
	'error_rate_limited_other': 'The workspace is rate-limiting these requests. Try again in {count} seconds.',
	'error_server_error':
		'The workspace answered with a server error (HTTP {status}). It may be restarting or behind a failing proxy; try again in a few minutes.',
	'error_timeout_one':
		'The workspace did not answer within {count} second. Check that the server URL is reachable from this server, or raise the request timeout setting.',
	'error_timeout_other':
		'The workspace did not answer within {count} seconds. Check that the server URL is reachable from this server, or raise the request timeout setting.',
	'error_unreachable':
		'The workspace at {host} could not be reached. Check the server URL setting and the network between Rocket.Chat and that address.',
	'error_malformed':
		'The workspace answered {path} with data LicenseApp cannot read ({field}). Check that the server URL points at a Rocket.Chat server.',

	// Findings for the admin room
	'level_info': 'ℹ️',
	'level_warning': '⚠️',
	'level_critical': '🚨',
	'check_title': 'License check',
	'finding_expiry_one':
		'The license expires in {count} day, on {date}. Renew it before then, or the workspace falls back to Community limits.',
	'finding_expiry_other':
		'The license expires in {count} days, on {date}. Renew it before then, or the workspace falls back to Community limits.',
	'finding_expiry_today': 'The license expires today, {date}. Renew it now, or the workspace falls back to Community limits.',
	'finding_trial_one': 'The trial ends in {count} day, on {date}. Buy a license before then to keep the Enterprise features.',
	'finding_trial_other': 'The trial ends in {count} days, on {date}. Buy a license before then to keep the Enterprise features.',
	'finding_trial_today': 'The trial ends today, {date}. Buy a license now to keep the Enterprise features.',
	'finding_seats': 'Seats are {percent} full: {used} of {max} used, {remaining} left.',
	'finding_seats_full': 'Seat cap reached: {used} of {max} used. At the cap, {consequence}.',
	'finding_prevented': '{limit}: limit reached ({usage}), {consequence}.',
	'finding_limit': '{limit} at {percent} of the cap: {used} of {max}.',
	'finding_lapsed': 'Your Enterprise license expired on {date}. The workspace now runs with Community limits.',
	'finding_lapsed_invalid': 'The {plan} license is no longer active (noticed on {date}). The workspace now runs with Community limits.',
	'finding_unreadable': 'License data cannot be read: {reason}',
	'finding_unreadable_still': 'License data has not been readable since {date}: {reason}',
	'recovered_expiry': 'License renewed: valid until {date}.',
	'recovered_seats': 'Seats are back under {percent}: {used} of {max}.',
	'recovered_prevented': '{limit}: no longer blocked, {usage}.',
	'recovered_limit': '{limit}: back under {percent} ({used} of {max}).',
	'recovered_unreadable': 'License data can be read again.',
	'news_license_active': 'An Enterprise license is active again: {plan}, valid until {date}.',
	'news_license_new': 'A license is now active: {plan}, valid until {date}.',
	'news_license_renewed': 'License renewed: {plan}, valid until {date}.',
	'news_license_changed': 'The license changed: {plan}, valid until {date}.',
	'no_end_date': 'no end date',
	'all_clear': 'All clear: nothing in the license needs attention.',
	'check_posted': 'Posted to {room}.',
	'check_nothing_new': 'Nothing new to post: the admin room already has these.',
	'check_not_posted': 'The notices could not be posted anywhere: set an admin room, or check that the token’s user exists.',
	'digest': 'Daily license status: {plan} · seats {seats} · expires {expiry}.',
	'digest_community': 'Daily license status: Community (no license) · active users {used}.',
	'fallback_no_room':
		'No admin room is set for LicenseApp, so this notice comes to you directly. Set one in Administration → Apps → LicenseApp → Settings → Admin room.',
	'fallback_bad_room':
		'LicenseApp cannot post in the admin room “{room}”, so this notice comes to you directly. Set an existing room the app can post in under Administration → Apps → LicenseApp → Settings → Admin room.',

	'recovered_unblocked_seats': 'New users can be created and activated again: {used} of {max} seats used.',
	'enforced_end': 'enforced end {date}',
	'error_internal': 'LicenseApp hit an unexpected error. The details are in Administration → Apps → LicenseApp → Logs.',
	'license_lapsed_summary': 'The {plan} license last seen on {date} is no longer active.',

	// Module names (ids from the license's grantedModules)
	'module_auditing': 'Message auditing',
	'module_canned-responses': 'Canned responses',
	'module_ldap-enterprise': 'LDAP Enterprise',
	'module_livechat-enterprise': 'Omnichannel Enterprise',
	'module_voip-enterprise': 'VoIP Enterprise',
	'module_omnichannel-mobile-enterprise': 'Omnichannel on mobile',
	'module_engagement-dashboard': 'Engagement dashboard',
	'module_push-privacy': 'Private push notifications',
	'module_scalability': 'Scalability (microservices)',
	'module_teams-mention': 'Team mentions',
	'module_saml-enterprise': 'SAML Enterprise',
	'module_oauth-enterprise': 'OAuth Enterprise',
	'module_device-management': 'Device management',
	'module_federation': 'Federation',
	'module_videoconference-enterprise': 'Video conferencing Enterprise',
	'module_message-read-receipt': 'Read receipts',
	'module_outlook-calendar': 'Outlook calendar',
	'module_hide-watermark': 'No watermark',
	'module_custom-roles': 'Custom roles',
	'module_accessibility-certification': 'Accessibility certification',
	'module_teams-voip': 'Team VoIP',
	'module_unlimited-presence': 'Unlimited presence',
	'module_contact-id-verification': 'Contact identity verification',

	// Issue 7: error titles by fault, caps of zero, links where admins act, module periods, auto-renewal
	'error_title_not-configured': 'LicenseApp is not connected to the workspace yet.',
	'error_title_invalid-url': 'The server URL setting is not valid.',
	'error_title_unauthorized': 'The workspace refused LicenseApp’s access token.',
	'error_title_forbidden': 'The access token may not read the license.',
	'error_title_not-found': 'The workspace does not offer the license API.',
	'error_title_rate-limited': 'The workspace is rate-limiting LicenseApp.',
	'error_title_server-error': 'The workspace answered with a server error.',
	'error_title_timeout': 'The workspace did not answer in time.',
	'error_title_unreachable': 'The workspace could not be reached.',
	'error_title_malformed': 'The workspace sent an answer LicenseApp cannot read.',
	'error_title_insecure-url': 'LicenseApp will not send the token over plain http.',
	'error_title_token-too-long': 'The workspace refused the access token as too long.',
	'error_title_too-large': 'The workspace sent an answer too large to read.',
	'error_title_implausible': 'The workspace sent figures that cannot be right.',
	'usage_none_allowed': '{used} of {max}, none allowed',
	'usage_none_allowed_unknown': 'none allowed (cap 0)',
	'button_subscription': 'Open Subscription',
	'button_request_seats': 'Request more seats',
	'modules_turn_off': '{module} is turned off on {date}.',
	'finding_modules_off_one': '{modules}: turned off in {count} day, on {date}, when its license period ends.',
	'finding_modules_off_other': '{modules}: turned off in {count} days, on {date}, when its license period ends.',
	'finding_modules_off_today': '{modules}: turned off today, {date}, when its license period ends.',
	'finding_renews_one':
		'The license is due to renew automatically in {count} day, on {date}. Check that the renewal goes through, or the workspace falls back to Community limits.',
	'finding_renews_other':
		'The license is due to renew automatically in {count} days, on {date}. Check that the renewal goes through, or the workspace falls back to Community limits.',
	'finding_renews_today':
		'The license is due to renew automatically today, {date}. Check that the renewal went through, or the workspace falls back to Community limits.',
	'recovered_modules_off': '{modules}: no longer scheduled to turn off.',
	// Idle seats (issue 10)
	'idle_title': 'Idle seats',
	'idle_total': '{idle} of {seats} seats are idle ({days}+ days)',
	'idle_total_no_seats': '{idle} seats are idle ({days}+ days)',
	'idle_none': 'No seat is idle ({days}+ days).',
	'idle_left_out_one': '{count} idle user is left out by the settings (excluded roles or users).',
	'idle_left_out_other': '{count} idle users are left out by the settings (excluded roles or users).',
	'idle_dashboard':
		'Checked against the engagement dashboard: {count} with an old last login were active in the period and are not listed.',
	'idle_login_only_missing': 'This list rests on last login only: the engagement-dashboard module is not licensed.',
	'idle_login_only_refused':
		'This list rests on last login only: the access token may not read the engagement dashboard (view-engagement-dashboard).',
	'idle_login_only_failed': 'This list rests on last login only: the engagement dashboard could not be read.',
	'idle_pending_note':
		'Users who never logged in are listed whatever the age of their account: Rocket.Chat does not return creation dates in this list.',
	'idle_never': 'never logged in',
	'idle_last_login': 'last login {date}',
	'idle_showing': 'Showing {from}–{to} of {total}.',
	'idle_button_more': 'Show more',
	'idle_button_deactivate': 'Deactivate',
	'idle_button_deactivate_all': 'Deactivate all {count} listed',
	'idle_no_buttons': "No deactivate buttons: the token's owner lacks the edit-other-user-active-status permission.",
	'idle_confirm_one': 'Deactivate {count} user? They lose access and their seat is freed. The admin room gets an Undo button for 7 days.',
	'idle_confirm_other':
		'Deactivate {count} users? They lose access and their seats are freed. The admin room gets an Undo button for each, for 7 days.',
	'idle_button_confirm': 'Confirm',
	'idle_button_cancel': 'Cancel',
	'idle_cancelled': 'Cancelled: nothing was changed.',
	'idle_progress': 'Deactivating idle users, started by @{clicker}: {done} of {total} done.',
	'idle_outcome': '{deactivated} deactivated, {failed} failed',
	'idle_reason_self': 'you cannot deactivate yourself here',
	'idle_reason_owner': "LicenseApp never deactivates the token's owner",
	'idle_reason_excluded': "excluded by the app's settings",
	'idle_reason_last-admin': 'the last active admin',
	'idle_reason_not-idle': 'not on the current idle list',
	'idle_reason_user-last-owner': 'last owner of rooms: hand them over first',
	'idle_reason_error-action-not-allowed': 'Rocket.Chat refused: the last active admin',
	'idle_reason_error-user-is-federated': 'a federated user',
	'idle_reason_code': 'Rocket.Chat refused ({code})',
	'idle_reason_api': 'the request failed ({kind})',
	'idle_audit': '@{clicker} deactivated @{username} ({lastLogin}) on {date}.',
	'idle_undo_until': 'Undo reactivates them until {date}.',
	'idle_button_undo': 'Undo',
	'idle_undone': '@{clicker} reactivated @{username} on {date}.',
	'idle_undo_done': '@{username} is active again.',
	'idle_undo_expired': 'Undo is no longer possible: it lasts 7 days.',
	'idle_undo_unknown': 'LicenseApp has no deactivation of this user to undo.',
	'idle_undo_already': 'This deactivation was already undone.',
	'idle_undo_cap': 'Cannot reactivate @{username}: every seat is taken (the license seat limit is reached). Free a seat first.',
	'idle_refused_permission': 'You need the edit-other-user-active-status permission to deactivate or reactivate users.',
	'idle_refused_owner':
		"The token's owner lacks the edit-other-user-active-status permission, so LicenseApp cannot deactivate or reactivate users.",
	'idle_daily_one': '{count} seat is held by a user idle for {days}+ days.',
	'idle_daily_other': '{count} seats are held by users idle for {days}+ days.',
	'idle_button_review': 'Review idle seats',
	'idle_bad_days': '"{value}" is not a number of days from 1 to 3650.',
	'help_idle': '`/seats idle [days]`: users holding a seat without using it, with buttons to free seats',
	// Reach admins outside the chat (issue 11): air gap, last call, webhook, email
	'finding_airgap_one':
		'This workspace becomes read-only in {count} day unless it reports its statistics to Rocket.Chat Cloud. Connect it to the internet for the daily report, or upload the statistics by hand under Administration → Workspace, or apply a valid license.',
	'finding_airgap_other':
		'This workspace becomes read-only in {count} days unless it reports its statistics to Rocket.Chat Cloud. Connect it to the internet for the daily report, or upload the statistics by hand under Administration → Workspace, or apply a valid license.',
	'finding_airgap_today':
		'This workspace is read-only: it has not reported its statistics to Rocket.Chat Cloud, so users cannot send messages. Connect it to the internet for the report, or upload the statistics by hand under Administration → Workspace, or apply a valid license.',
	'recovered_airgap': 'The read-only countdown is off: the workspace reported its statistics to Rocket.Chat Cloud, or has a valid license.',
	'last_call':
		'This may be the last message from LicenseApp: when the license ends, Rocket.Chat switches off every installed app, this one included.',
	'email_subject': 'License notice for {workspace}',
	'email_subject_critical': 'Critical: license notice for {workspace}',
	'email_intro': 'LicenseApp on {workspace} has news about the workspace license:',
	'email_footer': 'The subscription page: {link}. You receive this because your address is listed in LicenseApp’s email setting.',
	'webhook_failing':
		'The webhook for license notices is failing ({reason}), so notices reach this room only until it works again; they will be sent to it then. Check the webhook URL in the app settings.',

	// Seats over time: history, trend, forecast, breakdown, export (issue 9)
	'help_seats_trend': '`/seats trend [30|90|365]`: seats over time, the peak, the change per week and when the cap is reached',
	'help_seats_breakdown': '`/seats breakdown`: which accounts hold the seats and which do not count',
	'help_seats_export': '`/seats export`: the daily seat history as a CSV file, sent to you in a direct message',
	'trend_title': 'Seats over the last {days} days',
	'trend_scale_cap': '▁ {low} · █ {high} = the cap',
	'trend_cell_days_one': 'one cell per day',
	'trend_cell_days_other': 'one cell per {count} days',
	'trend_now': 'Now',
	'trend_peak': 'Peak',
	'trend_peak_value': '{seats} on {date}',
	'trend_weekly': 'Net change per week',
	'trend_weekly_note': 'oldest first',
	'trend_forecast': 'Forecast',
	'trend_contacts': 'Monthly active contacts',
	'pace_one': '{sign}{count} seat a week',
	'pace_other': '{sign}{count} seats a week',
	'forecast_reaches_one': 'at the current pace ({pace}) the cap of {cap} is reached around {date}, in {count} day',
	'forecast_reaches_other': 'at the current pace ({pace}) the cap of {cap} is reached around {date}, in {count} days',
	'forecast_not_within_year': 'at the current pace ({pace}) the cap of {cap} is not reached within a year',
	'forecast_falling': 'seats are falling ({pace})',
	'forecast_at_cap': 'the cap of {cap} is already reached',
	'forecast_no_cap': 'no seat cap; the pace is {pace}',
	'forecast_too_little_one': 'too little history yet ({count} day)',
	'forecast_too_little_other': 'too little history yet ({count} days)',
	'contacts_pace': '{used} of {cap} by day {day}; at this pace about {projected} by the month’s end',
	'contacts_pace_over': '⚠️ {used} of {cap} by day {day}; at this pace about {projected} by the month’s end, over the cap',
	'contacts_pace_unlimited': '{used} by day {day} (no cap); at this pace about {projected} by the month’s end',
	'trend_source_statistics': 'From the workspace’s daily statistics snapshots.',
	'trend_source_own':
		'This history is LicenseApp’s own, one reading a day since {date}: the token’s user lacks view-statistics, so the workspace’s statistics cannot be read.',
	'trend_backfilling_one': 'Still reading the workspace’s history ({count} day so far); the next command or daily check reads more.',
	'trend_backfilling_other': 'Still reading the workspace’s history ({count} days so far); the next command or daily check reads more.',
	'trend_empty': 'No seat history yet: the daily check records one reading a day.',
	'breakdown_title': 'Seat breakdown',
	'breakdown_now': 'Seats in use now',
	'breakdown_snapshot': 'From the statistics snapshot of {date}:',
	'breakdown_seat_holders': '*Active users*: {count}, each holds a seat (guests who also hold another role included)',
	'breakdown_never_logged_in': '*Never signed in*: {count} active accounts today; they hold seats too',
	'breakdown_guests': '*Guests* (guest role only): {count}, no seat',
	'breakdown_apps': '*App users*: {count}, no seat',
	'breakdown_bots': '*Bots, federated and remote users*: {count}, no seat',
	'breakdown_deactivated': '*Deactivated users*: {count}, no seat',
	'breakdown_total': '*All accounts*: {count}',
	'breakdown_rule': 'A seat is every active account of a person on this server that is not guest-only, whether or not it ever signed in.',
	'statistics_forbidden':
		'The workspace statistics need the view-statistics permission, which the token’s user lacks. Use a token that belongs to an administrator.',
	'export_title': 'Seat history export',
	'export_sent_one': 'Sent {filename} ({count} day) to you in a direct message from {user}.',
	'export_sent_other': 'Sent {filename} ({count} days) to you in a direct message from {user}.',
	'export_columns': 'Columns: date, seats, cap, guests, monthly active contacts; an empty cell was not recorded that day.',
	'export_no_direct': 'The file could not be sent: LicenseApp has no user to open a direct message with you.',
	'finding_seat_forecast_one':
		'At the current pace ({pace}) seats reach the cap of {cap} around {date}, in {count} day. Free seats or buy more before then.',
	'finding_seat_forecast_other':
		'At the current pace ({pace}) seats reach the cap of {cap} around {date}, in {count} days. Free seats or buy more before then.',
	'finding_contacts_forecast':
		'Monthly active contacts: {used} of {cap} by day {day}; at this pace about {projected} by the month’s end, over the cap.',
	'recovered_seat_forecast': 'Seats are no longer on pace to reach the cap of {cap} soon.',
	'recovered_contacts_forecast': 'Monthly active contacts are no longer on pace to pass the cap of {cap} this month.',
	// Hostile and broken input (issue 8)
	'list_more_one': 'and {count} more',
	'list_more_other': 'and {count} more',
	'error_insecure_url':
		'The server URL {host} starts with http://, so the access token would cross the network unencrypted. Set this server’s Site URL (or the app’s server URL setting) to its https:// address. Only if the connection is private anyway, turn on “Allow the token over unencrypted http” in the app settings.',
	'error_token_too_long':
		'The workspace refused the request headers as too large (HTTP 431): the access token is too long. Paste the personal access token exactly as Rocket.Chat showed it, with nothing added.',
	'error_too_large':
		'The workspace answered {path} with more data than LicenseApp accepts ({limit}). Check that the server URL points at a Rocket.Chat server and not at a proxy or another site.',
	'error_implausible':
		'The workspace answered {path} with a value that cannot be right ({field}). The license data looks damaged; LicenseApp shows nothing rather than wrong figures.',
	'check_redirect_note':
		'The access token is sent to {host} with every request; if that address redirects, the token follows the redirect. Point the server URL straight at Rocket.Chat, over https.',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;
