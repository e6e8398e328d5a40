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
	'near_mark': 'near the cap',
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
	'error_title_unverified': 'LicenseApp could not check your permission to see license information.',
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
