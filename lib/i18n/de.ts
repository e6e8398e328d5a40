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
	'error_rate_limited': 'Der Arbeitsbereich drosselt diese Anfragen. Versuchen Sie es in {wait} erneut.',
	'error_server_error':
		'Der Arbeitsbereich hat mit einem Serverfehler geantwortet (HTTP {status}). Möglicherweise startet er gerade neu oder liegt hinter einem fehlerhaften Proxy; versuchen Sie es in einigen Minuten erneut.',
	'error_deadline_one':
		'Der Arbeitsbereich hat nicht innerhalb der {count} Sekunde geantwortet, die die App für einen Befehl oder eine Prüfung nutzen darf. Prüfen Sie, ob die Server-URL von diesem Server aus erreichbar und der Arbeitsbereich nicht überlastet ist, und versuchen Sie es erneut.',
	'error_deadline_other':
		'Der Arbeitsbereich hat nicht innerhalb der {count} Sekunden geantwortet, die die App für einen Befehl oder eine Prüfung nutzen darf. Prüfen Sie, ob die Server-URL von diesem Server aus erreichbar und der Arbeitsbereich nicht überlastet ist, und versuchen Sie es erneut.',
	'error_redirect_loop':
		'Die Adresse {host} leitet immer weiter um und liefert nie eine Antwort. Lassen Sie die Server-URL direkt auf Rocket.Chat zeigen, über https.',
	'error_malformed_not_json':
		'Der Arbeitsbereich hat auf {path} mit etwas geantwortet, das kein JSON ist. Prüfen Sie, ob die Server-URL auf einen Rocket.Chat-Server zeigt.',
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

	// Error titles by fault, caps of zero, links where admins act, module periods, auto-renewal
	'error_title_not-configured': 'LicenseApp ist noch nicht mit dem Workspace verbunden.',
	'error_title_invalid-url': 'Die Einstellung der Server-URL ist ungültig.',
	'error_title_unauthorized': 'Der Workspace hat den Zugangsschlüssel von LicenseApp abgelehnt.',
	'error_title_forbidden': 'Der Zugangsschlüssel darf die Lizenz nicht lesen.',
	'error_title_not-found': 'Der Workspace bietet die Lizenz-API nicht an.',
	'error_title_rate-limited': 'Der Workspace begrenzt die Anfragen von LicenseApp.',
	'error_title_server-error': 'Der Workspace hat mit einem Serverfehler geantwortet.',
	'error_title_timeout': 'Der Workspace hat nicht rechtzeitig geantwortet.',
	'error_title_redirect-loop': 'Die Server-URL leitet im Kreis weiter.',
	'error_title_unreachable': 'Der Workspace war nicht erreichbar.',
	'error_title_malformed': 'Der Workspace hat eine Antwort gesendet, die LicenseApp nicht lesen kann.',
	'error_title_insecure-url': 'LicenseApp sendet das Token nicht über unverschlüsseltes http.',
	'error_title_token-too-long': 'Der Workspace hat das Zugriffstoken als zu lang abgelehnt.',
	'error_title_too-large': 'Der Workspace hat eine zu große Antwort geschickt.',
	'error_title_redirected': 'Der Workspace hat mit einer Umleitung geantwortet.',
	'error_title_implausible': 'Der Workspace hat Zahlen geschickt, die nicht stimmen können.',
	'usage_none_allowed': '{used} von {max}, keine erlaubt',
	'usage_none_allowed_unknown': 'keine erlaubt (Obergrenze 0)',
	'button_subscription': 'Abonnement öffnen',
	'button_request_seats': 'Mehr Plätze anfragen',
	'modules_turn_off': '{module} wird am {date} abgeschaltet.',
	'finding_modules_off_one': '{modules}: wird in {count} Tag abgeschaltet, am {date}, wenn sein Lizenzzeitraum endet.',
	'finding_modules_off_other': '{modules}: wird in {count} Tagen abgeschaltet, am {date}, wenn sein Lizenzzeitraum endet.',
	'finding_modules_off_today': '{modules}: wird heute abgeschaltet, {date}, wenn sein Lizenzzeitraum endet.',
	'finding_renews_one':
		'Die Lizenz soll sich in {count} Tag automatisch verlängern, am {date}. Prüfen Sie, dass die Verlängerung klappt, sonst gelten wieder die Community-Grenzen.',
	'finding_renews_other':
		'Die Lizenz soll sich in {count} Tagen automatisch verlängern, am {date}. Prüfen Sie, dass die Verlängerung klappt, sonst gelten wieder die Community-Grenzen.',
	'finding_renews_today':
		'Die Lizenz soll sich heute automatisch verlängern, {date}. Prüfen Sie, dass die Verlängerung geklappt hat, sonst gelten wieder die Community-Grenzen.',
	'recovered_modules_off': '{modules}: wird nicht mehr abgeschaltet.',
	// Idle seats
	'idle_title': 'Ungenutzte Plätze',
	'idle_total': '{idle} von {seats} Plätzen sind ungenutzt ({days}+ Tage)',
	'idle_total_no_seats': '{idle} Plätze sind ungenutzt ({days}+ Tage)',
	'idle_none': 'Kein Platz ist ungenutzt ({days}+ Tage).',
	'idle_left_out_one': '{count} inaktiver Benutzer ist durch die Einstellungen ausgenommen (ausgeschlossene Rollen oder Benutzer).',
	'idle_left_out_other': '{count} inaktive Benutzer sind durch die Einstellungen ausgenommen (ausgeschlossene Rollen oder Benutzer).',
	'idle_dashboard':
		'Mit dem Engagement-Dashboard abgeglichen: {count} mit alter letzter Anmeldung waren im Zeitraum aktiv und sind nicht aufgeführt.',
	'idle_login_only_missing': 'Diese Liste beruht nur auf der letzten Anmeldung: das Modul engagement-dashboard ist nicht lizenziert.',
	'idle_login_only_refused':
		'Diese Liste beruht nur auf der letzten Anmeldung: das Zugriffstoken darf das Engagement-Dashboard nicht lesen (view-engagement-dashboard).',
	'idle_login_only_slow': 'Diese Liste beruht nur auf der letzten Anmeldung: Das Engagement-Dashboard hat nicht rechtzeitig geantwortet.',
	'idle_login_only_failed': 'Diese Liste beruht nur auf der letzten Anmeldung: das Engagement-Dashboard konnte nicht gelesen werden.',
	'idle_pending_note':
		'Benutzer, die sich nie angemeldet haben, werden unabhängig vom Alter ihres Kontos aufgeführt: Rocket.Chat liefert in dieser Liste kein Erstellungsdatum.',
	'idle_never': 'nie angemeldet',
	'idle_last_login': 'letzte Anmeldung {date}',
	'idle_total_by_login': '{idle} aktive Benutzer haben sich seit {days}+ Tagen nicht angemeldet ({pending} davon noch nie)',
	'idle_total_at_least':
		'Mindestens {idle} aktive Benutzer haben sich seit {days}+ Tagen nicht angemeldet; aufgeführt: die {listed} am längsten inaktiven; das Lesen endete am Zeitlimit',
	'idle_window_rule':
		'Die Zahl beruht auf der letzten Anmeldung; der Abgleich mit dem Engagement-Dashboard und die ausgeschlossenen Rollen und Benutzer gelten für die hier aufgeführten Benutzer.',
	'idle_window_showing': 'Aufgeführt ab Nummer {from} von {total}, am längsten inaktive zuerst.',
	'idle_daily_by-login': '{count} aktive Benutzer haben sich seit {days}+ Tagen nicht angemeldet.',
	'idle_daily_at-least': 'Mindestens {count} aktive Benutzer haben sich seit {days}+ Tagen nicht angemeldet.',
	'idle_showing': '{from}–{to} von {total}.',
	'idle_button_more': 'Mehr anzeigen',
	'idle_button_deactivate': 'Deaktivieren',
	'idle_button_deactivate_all': 'Alle {count} aufgeführten deaktivieren',
	'idle_no_buttons': 'Keine Schaltflächen zum Deaktivieren: dem Besitzer des Tokens fehlt die Berechtigung edit-other-user-active-status.',
	'idle_confirm_one':
		'{count} Benutzer deaktivieren? Er verliert den Zugang und sein Platz wird frei. Der Admin-Raum erhält 7 Tage lang eine Rückgängig-Schaltfläche.',
	'idle_confirm_other':
		'{count} Benutzer deaktivieren? Sie verlieren den Zugang und ihre Plätze werden frei. Der Admin-Raum erhält für jeden 7 Tage lang eine Rückgängig-Schaltfläche.',
	'idle_button_confirm': 'Bestätigen',
	'idle_button_cancel': 'Abbrechen',
	'idle_cancelled': 'Abgebrochen: nichts wurde geändert.',
	'idle_progress': 'Inaktive Benutzer werden deaktiviert, gestartet von @{clicker}: {done} von {total} erledigt.',
	'idle_outcome': '{deactivated} deaktiviert, {failed} fehlgeschlagen',
	'idle_reason_self': 'du kannst dich hier nicht selbst deaktivieren',
	'idle_reason_owner': 'LicenseApp deaktiviert nie den Besitzer des Tokens',
	'idle_reason_excluded': 'durch die Einstellungen der App ausgenommen',
	'idle_reason_last-admin': 'der letzte aktive Admin',
	'idle_reason_not-idle': 'nicht auf der aktuellen Liste ungenutzter Plätze',
	'idle_reason_user-last-owner': 'letzter Besitzer von Räumen: zuerst übergeben',
	'idle_reason_error-action-not-allowed': 'Rocket.Chat hat abgelehnt: der letzte aktive Admin',
	'idle_reason_error-user-is-federated': 'ein föderierter Benutzer',
	'idle_reason_code': 'Rocket.Chat hat abgelehnt ({code})',
	'idle_reason_api': 'die Anfrage ist fehlgeschlagen ({kind})',
	'idle_audit': '@{clicker} hat @{username} ({lastLogin}) am {date} deaktiviert.',
	'idle_undo_until': 'Rückgängig aktiviert den Benutzer bis {date} wieder.',
	'idle_button_undo': 'Rückgängig',
	'idle_undone': '@{clicker} hat @{username} am {date} wieder aktiviert.',
	'idle_undo_done': '@{username} ist wieder aktiv.',
	'idle_undo_expired': 'Rückgängig ist nicht mehr möglich: es gilt 7 Tage.',
	'idle_undo_unknown': 'LicenseApp hat keine Deaktivierung dieses Benutzers, die rückgängig gemacht werden könnte.',
	'idle_undo_already': 'Diese Deaktivierung wurde bereits rückgängig gemacht.',
	'idle_undo_cap':
		'@{username} kann nicht wieder aktiviert werden: alle Plätze sind belegt (Platzlimit der Lizenz erreicht). Zuerst einen Platz freigeben.',
	'idle_refused_permission':
		'Du brauchst die Berechtigung edit-other-user-active-status, um Benutzer zu deaktivieren oder wieder zu aktivieren.',
	'idle_refused_owner':
		'Dem Besitzer des Tokens fehlt die Berechtigung edit-other-user-active-status, daher kann LicenseApp keine Benutzer deaktivieren oder wieder aktivieren.',
	'idle_daily_one': '{count} Platz ist von einem seit {days}+ Tagen inaktiven Benutzer belegt.',
	'idle_daily_other': '{count} Plätze sind von seit {days}+ Tagen inaktiven Benutzern belegt.',
	'idle_button_review': 'Ungenutzte Plätze prüfen',
	'idle_bad_days': '„{value}“ ist keine Anzahl von Tagen von 1 bis 3650.',
	'help_idle': '`/seats idle [Tage]`: Benutzer, die einen Platz belegen, ohne ihn zu nutzen, mit Schaltflächen zum Freigeben',
	// Reach admins outside the chat: air gap, last call, webhook, email
	'finding_airgap_one':
		'Dieser Arbeitsbereich wird in {count} Tag schreibgeschützt, wenn er seine Statistiken nicht an Rocket.Chat Cloud meldet. Verbinden Sie ihn für die tägliche Meldung mit dem Internet, laden Sie die Statistiken unter Verwaltung → Arbeitsbereich von Hand hoch oder spielen Sie eine gültige Lizenz ein.',
	'finding_airgap_other':
		'Dieser Arbeitsbereich wird in {count} Tagen schreibgeschützt, wenn er seine Statistiken nicht an Rocket.Chat Cloud meldet. Verbinden Sie ihn für die tägliche Meldung mit dem Internet, laden Sie die Statistiken unter Verwaltung → Arbeitsbereich von Hand hoch oder spielen Sie eine gültige Lizenz ein.',
	'finding_airgap_today':
		'Dieser Arbeitsbereich ist schreibgeschützt: Er hat seine Statistiken nicht an Rocket.Chat Cloud gemeldet, daher können Benutzer keine Nachrichten senden. Verbinden Sie ihn für die Meldung mit dem Internet, laden Sie die Statistiken unter Verwaltung → Arbeitsbereich von Hand hoch oder spielen Sie eine gültige Lizenz ein.',
	'recovered_airgap':
		'Der Countdown zum Schreibschutz ist aus: Der Arbeitsbereich hat seine Statistiken an Rocket.Chat Cloud gemeldet oder hat eine gültige Lizenz.',
	'last_call':
		'Dies ist vielleicht die letzte Nachricht von LicenseApp in diesem Raum: Wenn die Lizenz endet, schaltet Rocket.Chat LicenseApp ab (ab 7.5 werden private Apps deaktiviert, die seit 7.0 installiert wurden; frühere Versionen deaktivieren alle Apps). Danach können nur noch E-Mail, der Webhook und der Befehl `watch` (siehe Doku) warnen.',
	'email_subject': 'Lizenzhinweis für {workspace}',
	'email_subject_critical': 'Kritisch: Lizenzhinweis für {workspace}',
	'email_intro': 'LicenseApp auf {workspace} hat Neuigkeiten zur Lizenz des Arbeitsbereichs:',
	'email_footer': 'Die Abonnementseite: {link}. Sie erhalten dies, weil Ihre Adresse in der E-Mail-Einstellung von LicenseApp steht.',
	'webhook_failing':
		'Der Webhook für Lizenzhinweise schlägt fehl ({reason}); Hinweise erreichen nur diesen Raum, bis er wieder funktioniert, und werden ihm dann gesendet. Prüfen Sie die Webhook-URL in den App-Einstellungen.',

	// Seats over time: history, trend, forecast, breakdown, export
	'help_seats_trend':
		'`/seats trend [30|90|365]`: Plätze im Zeitverlauf, der Höchststand, die Veränderung pro Woche und wann die Obergrenze erreicht wird',
	'help_seats_breakdown': '`/seats breakdown`: welche Konten Plätze belegen und welche nicht zählen',
	'help_seats_export': '`/seats export`: der tägliche Verlauf der Plätze als CSV-Datei, per Direktnachricht an Sie',
	'trend_title': 'Plätze in den letzten {days} Tagen',
	'trend_scale_cap': '▁ {low} · █ {high} = die Obergrenze',
	'trend_cell_days_one': 'eine Zelle pro Tag',
	'trend_cell_days_other': 'eine Zelle pro {count} Tage',
	'trend_now': 'Jetzt',
	'trend_peak': 'Höchststand',
	'trend_peak_value': '{seats} am {date}',
	'trend_weekly': 'Nettoveränderung pro Woche',
	'trend_weekly_note': 'älteste zuerst',
	'trend_forecast': 'Prognose',
	'trend_contacts': 'Monatlich aktive Kontakte',
	'pace_one': '{sign}{count} Platz pro Woche',
	'pace_other': '{sign}{count} Plätze pro Woche',
	'forecast_reaches_one': 'im aktuellen Tempo ({pace}) ist die Obergrenze von {cap} um den {date} erreicht, in {count} Tag',
	'forecast_reaches_other': 'im aktuellen Tempo ({pace}) ist die Obergrenze von {cap} um den {date} erreicht, in {count} Tagen',
	'forecast_not_within_year': 'im aktuellen Tempo ({pace}) wird die Obergrenze von {cap} nicht innerhalb eines Jahres erreicht',
	'forecast_falling': 'die Plätze nehmen ab ({pace})',
	'forecast_at_cap': 'die Obergrenze von {cap} ist bereits erreicht',
	'forecast_no_cap': 'keine Obergrenze für Plätze; das Tempo beträgt {pace}',
	'forecast_too_little_one': 'noch zu wenig Verlauf ({count} Tag)',
	'forecast_too_little_other': 'noch zu wenig Verlauf ({count} Tage)',
	'contacts_outlook': '{used} von {cap} bis Tag {day}; etwa {projected} zum Monatsende erwartet',
	'contacts_outlook_over': '⚠️ {used} von {cap} bis Tag {day}; etwa {projected} zum Monatsende erwartet, über der Obergrenze',
	'contacts_outlook_unlimited': '{used} bis Tag {day} (keine Obergrenze); etwa {projected} zum Monatsende erwartet',
	'contacts_so_far': '{used} von {cap} bis Tag {day}',
	'contacts_so_far_unlimited': '{used} bis Tag {day} (keine Obergrenze)',
	'trend_source_statistics': 'Aus den täglichen Statistik-Schnappschüssen des Workspace.',
	'trend_source_own':
		'Dieser Verlauf stammt von LicenseApp selbst, eine Messung pro Tag seit {date}: Dem Benutzer des Tokens fehlt view-statistics, daher können die Statistiken des Workspace nicht gelesen werden.',
	'trend_backfilling_one':
		'Der Verlauf des Workspace wird noch gelesen (bisher {count} Tag); der nächste Befehl oder die nächste tägliche Prüfung liest weiter.',
	'trend_backfilling_other':
		'Der Verlauf des Workspace wird noch gelesen (bisher {count} Tage); der nächste Befehl oder die nächste tägliche Prüfung liest weiter.',
	'trend_empty': 'Noch kein Verlauf der Plätze: Die tägliche Prüfung zeichnet eine Messung pro Tag auf.',
	'breakdown_title': 'Aufschlüsselung der Plätze',
	'breakdown_now': 'Jetzt belegte Plätze',
	'breakdown_snapshot': 'Laut Statistik-Schnappschuss vom {date}:',
	'breakdown_seat_holders': '*Aktive Benutzer*: {count}, jeder belegt einen Platz (auch Gäste, die eine weitere Rolle haben)',
	'breakdown_never_logged_in': '*Nie angemeldet*: {count} aktive Konten heute; auch sie belegen Plätze',
	'breakdown_guests': '*Gäste* (nur die Rolle guest): {count}, kein Platz',
	'breakdown_apps': '*App-Benutzer*: {count}, kein Platz',
	'breakdown_bots': '*Bots, föderierte und entfernte Benutzer*: {count}, kein Platz',
	'breakdown_deactivated': '*Deaktivierte Benutzer*: {count}, kein Platz',
	'breakdown_total': '*Alle Konten*: {count}',
	'breakdown_rule':
		'Ein Platz ist jedes aktive Konto einer Person auf diesem Server, das nicht nur Gast ist, ob es sich je angemeldet hat oder nicht.',
	'statistics_forbidden':
		'Die Statistiken des Workspace erfordern die Berechtigung view-statistics, die dem Benutzer des Tokens fehlt. Verwenden Sie das Token eines Administrators.',
	'export_title': 'Export des Platzverlaufs',
	'export_sent_one': '{filename} ({count} Tag) wurde Ihnen per Direktnachricht von {user} gesendet.',
	'export_sent_other': '{filename} ({count} Tage) wurde Ihnen per Direktnachricht von {user} gesendet.',
	'export_columns':
		'Spalten: Datum, Plätze, Obergrenze, Gäste, monatlich aktive Kontakte; eine leere Zelle wurde an dem Tag nicht erfasst.',
	'export_no_direct':
		'Die Datei konnte nicht gesendet werden: LicenseApp hat keinen Benutzer, um eine Direktnachricht mit Ihnen zu öffnen.',
	'finding_seat_forecast_one':
		'Im aktuellen Tempo ({pace}) erreichen die Plätze die Obergrenze von {cap} um den {date}, in {count} Tag. Geben Sie Plätze frei oder kaufen Sie vorher weitere.',
	'finding_seat_forecast_other':
		'Im aktuellen Tempo ({pace}) erreichen die Plätze die Obergrenze von {cap} um den {date}, in {count} Tagen. Geben Sie Plätze frei oder kaufen Sie vorher weitere.',
	'finding_contacts_forecast':
		'Monatlich aktive Kontakte: {used} von {cap} bis Tag {day}; etwa {projected} zum Monatsende erwartet, über der Obergrenze.',
	'recovered_seat_forecast': 'Die Plätze sind nicht mehr auf dem Weg, die Obergrenze von {cap} bald zu erreichen.',
	'recovered_contacts_forecast':
		'Die monatlich aktiven Kontakte werden die Obergrenze von {cap} in diesem Monat voraussichtlich nicht mehr überschreiten.',
	// Hostile and broken input
	'list_more_one': 'und {count} weiteres',
	'list_more_other': 'und {count} weitere',
	'error_insecure_url':
		'Die Server-URL {host} beginnt mit http://, das Zugriffstoken ginge also unverschlüsselt über das Netz. Stellen Sie die Site URL dieses Servers (oder die Server-URL-Einstellung der App) auf ihre https://-Adresse. Nur wenn die Verbindung ohnehin privat ist, schalten Sie „Token über unverschlüsseltes http erlauben“ in den App-Einstellungen ein.',
	'error_token_too_long':
		'Der Workspace hat die Anfrage-Header als zu groß abgelehnt (HTTP 431): Das Zugriffstoken ist zu lang. Fügen Sie das persönliche Zugriffstoken genau so ein, wie Rocket.Chat es angezeigt hat, ohne Zusätze.',
	'error_too_large':
		'Der Workspace hat {path} mit mehr Daten beantwortet, als LicenseApp annimmt ({limit} MB). Prüfen Sie, ob die Server-URL auf einen Rocket.Chat-Server zeigt und nicht auf einen Proxy oder eine andere Seite.',
	'error_implausible':
		'Der Workspace hat {path} mit einem Wert beantwortet, der nicht stimmen kann ({field}). Die Lizenzdaten scheinen beschädigt; LicenseApp zeigt lieber nichts als falsche Zahlen.',
	'check_redirect_note':
		'Das Zugriffstoken wird bei jeder Anfrage an {host} gesendet; leitet diese Adresse um, folgt das Token der Umleitung. Lassen Sie die Server-URL direkt auf Rocket.Chat zeigen, über https.',
	// Settings an admin saved that cannot be used (lib/render/settingsView.ts); labels as in i18n/*.json
	'settings_rejected': 'Die Einstellung „{setting}“ wurde nicht gespeichert ({date}): {problem}. Der bisherige Wert gilt weiter.',
	'settings_unusable': 'Die Einstellung „{setting}“: {problem}.',
	'setting_problem_empty-list': 'die Liste ist leer',
	'setting_problem_not-whole-number': '„{item}“ ist keine ganze Zahl',
	'setting_problem_out-of-range': '{number} liegt außerhalb von {min}–{max}',
	'setting_problem_time-of-day': 'erwartet wird eine Uhrzeit wie 09:00',
	'setting_problem_whole-number': 'erwartet wird eine ganze Zahl von {min} bis {max}',
	'setting_problem_server-url': 'erwartet wird eine http(s)-Adresse wie https://chat.example.com',
	'setting_problem_names': 'erwartet werden durch Kommas getrennte Namen wie admin, ceo',
	'setting_problem_webhook-url': 'erwartet wird eine http(s)-Adresse wie https://hooks.example.com/…',
	'setting_problem_too-long': 'länger als {max} Zeichen',
	'setting_problem_clamped': '{number} wurde gespeichert, als größere Werte erlaubt waren; es gilt {max}, der jetzt höchste erlaubte Wert',
	'setting_problem_characters':
		'nur Buchstaben, Ziffern und Satzzeichen sind erlaubt (keine Leerzeichen, Steuer- oder Nicht-ASCII-Zeichen)',
	'setting_problem_user-id': 'erwartet eine Benutzer-ID wie aBcDeFgHiJkLmNoPq (Buchstaben, Ziffern, Punkte, Binde- und Unterstriche)',
	'setting_problem_boolean': 'erwartet wird true oder false',
	'setting_problem_not-email': 'keine E-Mail-Adresse, dorthin geht also keine Mail: {items}',
	'setting_label_server_url': 'Server-URL',
	'setting_label_user_id': 'Benutzer-ID',
	'setting_label_access_token': 'Persönlicher Zugangsschlüssel',
	'setting_label_request_timeout': 'Anfrage-Timeout (Sekunden)',
	'setting_label_admin_room': 'Admin-Raum',
	'setting_label_check_time': 'Uhrzeit der täglichen Prüfung',
	'setting_label_expiry_thresholds': 'Ablaufwarnungen (Tage vorher)',
	'setting_label_seat_thresholds': 'Platzwarnungen (Prozent der Obergrenze)',
	'setting_label_failure_reminder_days': 'An Lesefehler erinnern nach (Tagen)',
	'setting_label_mention_here_on_critical': 'Bei kritischen Befunden den ganzen Raum benachrichtigen',
	'setting_label_daily_digest': 'Tägliche Zusammenfassung',
	'setting_label_idle_days': 'Ungenutzt nach (Tagen)',
	'setting_label_idle_excluded_roles': 'Diese Rollen nie auflisten',
	'setting_label_idle_excluded_users': 'Diese Benutzer nie auflisten',
	'setting_label_email_recipients': 'E-Mail-Empfänger',
	'setting_label_email_every_notice': 'Jeden Hinweis mailen',
	'setting_label_webhook_url': 'Webhook-URL',
	'setting_label_webhook_secret': 'Webhook-Geheimnis',
	'setting_label_metrics_token': 'Metrik-Geheimnis',
	'setting_label_metrics_query_token': 'Metrik-Geheimnis in der URL annehmen',
	'setting_label_allow_insecure_http': 'Token über unverschlüsseltes http erlauben',
	// Editions and readiness (lib/domain/readiness, lib/render/readinessView.ts)
	'readiness_title': 'Was mit diesem Token funktioniert',
	'readiness_on': '✅ {feature}',
	'readiness_unknown': '❔ {feature}: unbekannt, die Berechtigungen ließen sich nicht lesen.',
	'readiness_fix_owner-permission':
		'⛔ {feature}: Dem Benutzer des Tokens fehlt {permission}. Erteilen Sie es unter Verwaltung → Berechtigungen, oder verwenden Sie das Token eines Admins.',
	'readiness_fix_module': '⛔ {feature}: Die Lizenz hat kein Modul {module}.',
	'readiness_fix_app-permission':
		'⛔ {feature}: Der Rolle app fehlt {permission}. Haken Sie die Rolle „app“ unter Verwaltung → Berechtigungen → {permission} an.',
	'readiness_fix_setting': '⛔ {feature}: Setzen Sie „{setting}“ in den App-Einstellungen.',
	'readiness_fix_smtp':
		'⛔ {feature}: Rocket.Chat hat keinen SMTP-Server. Richten Sie einen unter Verwaltung → Einstellungen → E-Mail → SMTP ein.',
	'feature_license': 'Lizenz und Plätze',
	'feature_statistics': 'Plätze im Zeitverlauf und Aufschlüsselung',
	'feature_idle': 'Ungenutzte Plätze',
	'feature_idle-cross-check': 'Abgleich ungenutzter Plätze mit dem Engagement-Dashboard',
	'feature_deactivate': 'Deaktivieren und rückgängig machen',
	'feature_cloud': 'Hinweise aus der Rocket.Chat Cloud',
	'feature_mention-here': '@here bei kritischen Hinweisen',
	'feature_email': 'E-Mail',
	'feature_webhook': 'Webhook',
	'feature_metrics': 'Metriken',
	'cloud_last_sync_unseen':
		'Wann der Workspace zuletzt mit der Rocket.Chat Cloud synchronisiert hat: Die API von Rocket.Chat meldet es nicht (siehe Verwaltung → Abonnement).',
	'cloud_announcement': 'Die Rocket.Chat Cloud meldet: {text}',
	'private_apps_line': '*Private Apps*: {usage}, LicenseApp mitgezählt',
	'private_apps_self': 'LicenseApp mitgezählt',
	'idle_confirm_oauth':
		'Ab Rocket.Chat 8.5 widerruft das Deaktivieren auch ihre OAuth-Tokens: Apps und Integrationen, die mit ihrem Konto angemeldet sind, funktionieren nicht mehr.',
	'addons_title': 'Add-ons',
	'addons_line': '*Add-ons*: {addons} (sie enden mit der Lizenz)',
	'addons_intro': 'Add-ons aus der Lizenz; sie enden, wenn die Lizenz endet:',
	// A license answer from another workspace (lib/domain/licenseOrigin.ts, lib/render/originView.ts)
	'origin_elsewhere':
		'Diese Antwort kam von einem anderen Arbeitsbereich: Seine Lizenz gilt für {name}, die Website-URL dieses Arbeitsbereichs ist {site}. Die Einstellung „Server-URL“ oder eine Umleitung führt woandershin, und das Zugriffstoken geht bei jeder Anfrage dorthin. Lassen Sie die Server-URL direkt auf diesen Arbeitsbereich zeigen.',
	'origin_elsewhere_unnamed':
		'Diese Antwort kam von einem anderen Arbeitsbereich: Seine Lizenz gilt nicht für die Website-URL dieses Arbeitsbereichs, {site}. Die Einstellung „Server-URL“ oder eine Umleitung führt woandershin, und das Zugriffstoken geht bei jeder Anfrage dorthin. Lassen Sie die Server-URL direkt auf diesen Arbeitsbereich zeigen.',
	// A redirect refused by the reader outside Apps-Engine (watch/nodeHttp.ts)
	'error_redirected':
		'Die Server-URL hat mit einer Umleitung nach {host} geantwortet, der LicenseApp nicht folgt: Das Zugriffstoken ginge dorthin. Stellen Sie die Server-URL auf die Adresse ein, unter der der Workspace wirklich antwortet.',
};
