import type { Catalogue } from './en';

export const de: Catalogue = {
	// Titles and labels
	'license_title': 'Lizenz',
	'seats_title': 'Plätze',
	'limits_title': 'Limits',
	'modules_title': 'Module',
	'help_title': 'LicenseApp-Befehle',
	'plan': 'Plan',
	'plan_unnamed': 'Enterprise (ohne Plannamen)',
	'tags': 'Tags',
	'trial': 'Testversion',
	'yes': 'ja',
	'no': 'nein',
	'expires': 'Läuft ab',
	'granted_to': 'Ausgestellt für',
	'modules_count_one': '{count} aktives Modul',
	'modules_count_other': '{count} aktive Module',
	'no_modules': 'Es sind keine Enterprise-Module aktiv.',
	'auto_renews': 'verlängert sich automatisch',
	'no_auto_renew': 'verlängert sich nicht automatisch',
	'unlimited': 'unbegrenzt',
	'unknown': 'nicht gemeldet',

	// Dates
	'expires_in_one': '{date}, noch {count} Tag',
	'expires_in_other': '{date}, noch {count} Tage',
	'expires_today': 'heute, {date}',
	'expired_on_one': 'abgelaufen am {date}, vor {count} Tag',
	'expired_on_other': 'abgelaufen am {date}, vor {count} Tagen',
	'expired_today': 'heute abgelaufen, {date}',

	// Limits
	'limit_activeUsers': 'Plätze (aktive Benutzer)',
	'limit_guestUsers': 'Gäste',
	'limit_monthlyActiveContacts': 'Monatlich aktive Kontakte',
	'limit_privateApps': 'Private Apps',
	'limit_marketplaceApps': 'Marketplace-Apps',
	'usage_of': '{used} von {max}',
	'usage_unlimited': '{used} (unbegrenzt)',
	'usage_unknown_of': 'Nutzung nicht gemeldet, Obergrenze {max}',
	'usage_unknown_unlimited': 'unbegrenzt',
	'reached_mark': 'erreicht',
	'near_mark': 'nahe der Obergrenze',
	'at_cap_prefix': 'Bei Erreichen:',
	'limits_none_near': 'Alle Limits liegen unter {percent} ihrer Obergrenze.',
	'limits_reached_note': '⛔ kennzeichnet ein bereits erreichtes Limit, ⚠️ eines bei {percent} oder mehr seiner Obergrenze.',

	// What happens at a cap
	'consequence_prevent_action_activeUsers': 'neue Benutzer können weder angelegt noch aktiviert werden',
	'consequence_prevent_action_guestUsers': 'es können keine neuen Gäste hinzugefügt werden',
	'consequence_prevent_action_monthlyActiveContacts': 'neue Omnichannel-Kontakte können nicht bedient werden',
	'consequence_prevent_action_privateApps': 'es können keine weiteren privaten Apps installiert oder aktiviert werden',
	'consequence_prevent_action_marketplaceApps': 'es können keine weiteren Marketplace-Apps installiert oder aktiviert werden',
	'consequence_start_fair_policy': 'eine Fair-Use-Richtlinie tritt in Kraft',
	'consequence_invalidate_license': 'die Lizenz wird ungültig',
	'consequence_prevent_installation': 'neue Installationen werden blockiert',
	'consequence_disable_modules': 'einige Module werden deaktiviert',
	'consequence_allow_action': 'nichts wird blockiert',

	// Summary
	'community_title': 'Keine Enterprise-Lizenz: Dieser Arbeitsbereich läuft mit Community.',
	'community_limits': 'Es gelten die Community-Limits:',
	'summary_details_hint': 'Details: {commands}',
	'legacy_source': 'Aus licenses.get gelesen (Server älter als 6.5): Außer bei den Plätzen wird keine Nutzung gemeldet.',

	// Seats
	'seats_used': 'Belegt',
	'seats_max': 'Maximum',
	'seats_remaining': 'Verbleibend',
	'seats_over': 'Über der Obergrenze um',
	'seats_guests': 'Gäste',
	'seats_new_users': 'Neue Benutzer',
	'seats_allowed': 'können hinzugefügt werden',
	'seats_blocked': '⛔ blockiert: Neue Benutzer können weder angelegt noch aktiviert werden',
	'seats_unlimited': 'Diese Lizenz hat keine Obergrenze für Plätze.',
	'seats_community': 'Keine Lizenz: Community hat keine Obergrenze für Plätze. Aktive Benutzer: {used}.',

	// Modules
	'modules_intro_one': '{count} Modul ist aktiv:',
	'modules_intro_other': '{count} Module sind aktiv:',

	// Help
	'help_license': '`/license`: Plan, Testversion, Ablauf und die Limits, die Aufmerksamkeit erfordern',
	'help_limits': '`/license limits`: alle Limits mit ihrer Nutzung und was an ihrer Obergrenze geschieht',
	'help_modules': '`/license modules`: die aktiven Enterprise-Module',
	'help_check': '`/license check`: die tägliche Prüfung jetzt ausführen und ihr Ergebnis im Admin-Raum posten',
	'help_help': '`/license help`: diese Liste',
	'help_seats': '`/seats`: Platznutzung im Verhältnis zur Obergrenze, Gäste und ob neue Benutzer blockiert sind',
	'help_private': 'Antworten sind nur für Sie sichtbar.',
	'unknown_argument': '„{argument}“ habe ich nicht verstanden.',

	// Access
	'refusal': 'Sie benötigen die Berechtigung view-privileged-setting, um Lizenzinformationen zu sehen.',

	// Errors
	'error_title': 'LicenseApp konnte die Lizenz nicht lesen.',
	'error_not_configured': 'LicenseApp ist noch nicht mit der API des Arbeitsbereichs verbunden (es fehlt: {missing}).',
	'missing_user_id': 'Benutzer-ID',
	'missing_access_token': 'Zugangsschlüssel',
	'setup_step_1': '1. Melden Sie sich als Administrator an und öffnen Sie Mein Konto → Persönlicher Zugangsschlüssel.',
	'setup_step_2': '2. Fügen Sie einen Zugangsschlüssel hinzu und wählen Sie „Zwei-Faktor-Authentifizierung ignorieren“.',
	'setup_step_3': '3. Kopieren Sie den Token und die Benutzer-ID, die nur einmal angezeigt werden.',
	'setup_step_4':
		'4. Fügen Sie beides unter Administration → Apps → LicenseApp → Einstellungen ein (Benutzer-ID, Zugangsschlüssel) und speichern Sie.',
	'error_invalid_url':
		'Die Einstellung „Server-URL“ ist keine http(s)-Adresse. Korrigieren Sie sie in den App-Einstellungen oder lassen Sie sie leer, um die Website-URL dieses Servers zu verwenden.',
	'error_unauthorized':
		'Der Arbeitsbereich hat den Zugangsschlüssel abgelehnt (HTTP 401): Er ist falsch, abgelaufen oder widerrufen. Erstellen Sie einen neuen persönlichen Zugangsschlüssel und fügen Sie ihn zusammen mit seiner Benutzer-ID in den App-Einstellungen ein.',
	'error_forbidden':
		'Dem Benutzer des Zugangsschlüssels fehlt die Berechtigung view-privileged-setting, daher verbirgt der Arbeitsbereich die Lizenz. Verwenden Sie einen Zugangsschlüssel, der einem Administrator gehört.',
	'error_not_found':
		'Der Arbeitsbereich kennt {path} nicht (HTTP 404). Prüfen Sie die Einstellung „Server-URL“: Sie muss auf Rocket.Chat 3.10 oder neuer zeigen.',
	'error_rate_limited_one': 'Der Arbeitsbereich drosselt diese Anfragen. Versuchen Sie es in {count} Sekunde erneut.',
	'error_rate_limited_other': 'Der Arbeitsbereich drosselt diese Anfragen. Versuchen Sie es in {count} Sekunden erneut.',
	'error_server_error':
		'Der Arbeitsbereich hat mit einem Serverfehler geantwortet (HTTP {status}). Möglicherweise startet er gerade neu oder liegt hinter einem fehlerhaften Proxy; versuchen Sie es in einigen Minuten erneut.',
	'error_timeout_one':
		'Der Arbeitsbereich hat nicht innerhalb von {count} Sekunde geantwortet. Prüfen Sie, ob die Server-URL von diesem Server aus erreichbar ist, oder erhöhen Sie die Einstellung „Anfrage-Timeout“.',
	'error_timeout_other':
		'Der Arbeitsbereich hat nicht innerhalb von {count} Sekunden geantwortet. Prüfen Sie, ob die Server-URL von diesem Server aus erreichbar ist, oder erhöhen Sie die Einstellung „Anfrage-Timeout“.',
	'error_unreachable':
		'Der Arbeitsbereich unter {host} war nicht erreichbar. Prüfen Sie die Einstellung „Server-URL“ und das Netzwerk zwischen Rocket.Chat und dieser Adresse.',
	'error_malformed':
		'Der Arbeitsbereich hat auf {path} mit Daten geantwortet, die LicenseApp nicht lesen kann ({field}). Prüfen Sie, ob die Server-URL auf einen Rocket.Chat-Server zeigt.',

	// Findings for the admin room
	'level_info': 'ℹ️',
	'level_warning': '⚠️',
	'level_critical': '🚨',
	'check_title': 'Lizenzprüfung',
	'finding_expiry_one':
		'Die Lizenz läuft in {count} Tag ab, am {date}. Verlängern Sie sie vorher, sonst fällt der Arbeitsbereich auf die Community-Limits zurück.',
	'finding_expiry_other':
		'Die Lizenz läuft in {count} Tagen ab, am {date}. Verlängern Sie sie vorher, sonst fällt der Arbeitsbereich auf die Community-Limits zurück.',
	'finding_expiry_today':
		'Die Lizenz läuft heute ab, {date}. Verlängern Sie sie jetzt, sonst fällt der Arbeitsbereich auf die Community-Limits zurück.',
	'finding_trial_one':
		'Die Testphase endet in {count} Tag, am {date}. Erwerben Sie vorher eine Lizenz, um die Enterprise-Funktionen zu behalten.',
	'finding_trial_other':
		'Die Testphase endet in {count} Tagen, am {date}. Erwerben Sie vorher eine Lizenz, um die Enterprise-Funktionen zu behalten.',
	'finding_trial_today': 'Die Testphase endet heute, {date}. Erwerben Sie jetzt eine Lizenz, um die Enterprise-Funktionen zu behalten.',
	'finding_seats': 'Die Plätze sind zu {percent} belegt: {used} von {max} belegt, {remaining} frei.',
	'finding_seats_full': 'Obergrenze für Plätze erreicht: {used} von {max} belegt. An der Obergrenze gilt: {consequence}.',
	'finding_prevented': '{limit}: Limit erreicht ({usage}), {consequence}.',
	'finding_limit': '{limit} bei {percent} der Obergrenze: {used} von {max}.',
	'finding_lapsed': 'Ihre Enterprise-Lizenz ist am {date} abgelaufen. Der Arbeitsbereich läuft jetzt mit den Community-Limits.',
	'finding_lapsed_invalid':
		'Die Lizenz {plan} ist nicht mehr aktiv (bemerkt am {date}). Der Arbeitsbereich läuft jetzt mit den Community-Limits.',
	'finding_unreadable': 'Die Lizenzdaten können nicht gelesen werden: {reason}',
	'finding_unreadable_still': 'Die Lizenzdaten sind seit {date} nicht lesbar: {reason}',
	'recovered_expiry': 'Lizenz verlängert: gültig bis {date}.',
	'recovered_seats': 'Die Plätze liegen wieder unter {percent}: {used} von {max}.',
	'recovered_prevented': '{limit}: nicht mehr blockiert, {usage}.',
	'recovered_limit': '{limit}: wieder unter {percent} ({used} von {max}).',
	'recovered_unreadable': 'Die Lizenzdaten können wieder gelesen werden.',
	'news_license_active': 'Eine Enterprise-Lizenz ist wieder aktiv: {plan}, gültig bis {date}.',
	'news_license_new': 'Eine Lizenz ist jetzt aktiv: {plan}, gültig bis {date}.',
	'news_license_renewed': 'Lizenz verlängert: {plan}, gültig bis {date}.',
	'news_license_changed': 'Die Lizenz hat sich geändert: {plan}, gültig bis {date}.',
	'no_end_date': 'kein Enddatum',
	'all_clear': 'Alles in Ordnung: An der Lizenz erfordert nichts Ihre Aufmerksamkeit.',
	'check_posted': 'In {room} gepostet.',
	'check_nothing_new': 'Nichts Neues zu posten: Der Admin-Raum hat diese Meldungen bereits.',
	'check_not_posted':
		'Die Hinweise konnten nirgends gepostet werden: Legen Sie einen Admin-Raum fest oder prüfen Sie, ob der Benutzer des Tokens existiert.',
	'digest': 'Täglicher Lizenzstatus: {plan} · Plätze {seats} · Ablauf {expiry}.',
	'digest_community': 'Täglicher Lizenzstatus: Community (keine Lizenz) · aktive Benutzer {used}.',
	'fallback_no_room':
		'Für LicenseApp ist kein Admin-Raum festgelegt, daher erhalten Sie diese Meldung direkt. Legen Sie einen unter Administration → Apps → LicenseApp → Einstellungen → Admin-Raum fest.',
	'fallback_bad_room':
		'LicenseApp kann nicht im Admin-Raum „{room}“ posten, daher erhalten Sie diese Meldung direkt. Legen Sie unter Administration → Apps → LicenseApp → Einstellungen → Admin-Raum einen vorhandenen Raum fest, in dem die App posten kann.',

	'recovered_unblocked_seats': 'Neue Benutzer können wieder angelegt und aktiviert werden: {used} von {max} Plätzen belegt.',
	'enforced_end': 'verbindliches Ende {date}',
	'error_internal':
		'LicenseApp ist auf einen unerwarteten Fehler gestoßen. Details finden Sie unter Administration → Apps → LicenseApp → Protokolle.',
	'error_title_unverified': 'LicenseApp konnte Ihre Berechtigung zum Anzeigen der Lizenzdaten nicht prüfen.',
	'license_lapsed_summary': 'Die zuletzt am {date} gesehene Lizenz {plan} ist nicht mehr aktiv.',

	// Module names (ids from the license's grantedModules)
	'module_auditing': 'Nachrichtenprüfung',
	'module_canned-responses': 'Vorformulierte Antworten',
	'module_ldap-enterprise': 'LDAP Enterprise',
	'module_livechat-enterprise': 'Omnichannel Enterprise',
	'module_voip-enterprise': 'VoIP Enterprise',
	'module_omnichannel-mobile-enterprise': 'Omnichannel auf Mobilgeräten',
	'module_engagement-dashboard': 'Einsatz-Dashboard',
	'module_push-privacy': 'Private Push-Benachrichtigungen',
	'module_scalability': 'Skalierbarkeit (Microservices)',
	'module_teams-mention': 'Team-Erwähnungen',
	'module_saml-enterprise': 'SAML Enterprise',
	'module_oauth-enterprise': 'OAuth Enterprise',
	'module_device-management': 'Geräteverwaltung',
	'module_federation': 'Verbund (Federation)',
	'module_videoconference-enterprise': 'Videokonferenz Enterprise',
	'module_message-read-receipt': 'Lesebestätigungen',
	'module_outlook-calendar': 'Outlook-Kalender',
	'module_hide-watermark': 'Kein Wasserzeichen',
	'module_custom-roles': 'Benutzerdefinierte Rollen',
	'module_accessibility-certification': 'Barrierefreiheitszertifizierung',
	'module_teams-voip': 'Team-VoIP',
	'module_unlimited-presence': 'Unbegrenzte Verfügbarkeitsanzeige',
	'module_contact-id-verification': 'Verifizierung der Kontaktidentität',

	// Hostile and broken input (issue 8)
	'list_more_one': 'und {count} weiteres',
	'list_more_other': 'und {count} weitere',
	'error_insecure_url':
		'Die Server-URL {host} beginnt mit http://, das Zugriffstoken ginge also unverschlüsselt über das Netz. Stellen Sie die Site URL dieses Servers (oder die Server-URL-Einstellung der App) auf ihre https://-Adresse. Nur wenn die Verbindung ohnehin privat ist, schalten Sie „Token über unverschlüsseltes http erlauben“ in den App-Einstellungen ein.',
	'error_token_too_long':
		'Der Workspace hat die Anfrage-Header als zu groß abgelehnt (HTTP 431): Das Zugriffstoken ist zu lang. Fügen Sie das persönliche Zugriffstoken genau so ein, wie Rocket.Chat es angezeigt hat, ohne Zusätze.',
	'error_too_large':
		'Der Workspace hat {path} mit mehr Daten beantwortet, als LicenseApp annimmt ({limit}). Prüfen Sie, ob die Server-URL auf einen Rocket.Chat-Server zeigt und nicht auf einen Proxy oder eine andere Seite.',
	'error_implausible':
		'Der Workspace hat {path} mit einem Wert beantwortet, der nicht stimmen kann ({field}). Die Lizenzdaten scheinen beschädigt; LicenseApp zeigt lieber nichts als falsche Zahlen.',
	'check_redirect_note':
		'Das Zugriffstoken wird bei jeder Anfrage an {host} gesendet; leitet diese Adresse um, folgt das Token der Umleitung. Lassen Sie die Server-URL direkt auf Rocket.Chat zeigen, über https.',
};
