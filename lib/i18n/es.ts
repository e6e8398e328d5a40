import type { Catalogue } from './en';

export const es: Catalogue = {
	// Titles and labels
	'license_title': 'Licencia',
	'seats_title': 'Puestos',
	'limits_title': 'Límites',
	'modules_title': 'Módulos',
	'help_title': 'Comandos de LicenseApp',
	'plan': 'Plan',
	'plan_unnamed': 'Enterprise (sin nombre de plan)',
	'tags': 'Etiquetas',
	'trial': 'Prueba',
	'yes': 'sí',
	'no': 'no',
	'expires': 'Vence',
	'granted_to': 'Otorgada a',
	'modules_count_one': '{count} módulo activo',
	'modules_count_other': '{count} módulos activos',
	'no_modules': 'No hay módulos Enterprise activos.',
	'auto_renews': 'se renueva automáticamente',
	'no_auto_renew': 'no se renueva automáticamente',
	'unlimited': 'ilimitado',
	'unknown': 'no informado',

	// Dates
	'expires_in_one': '{date}, queda {count} día',
	'expires_in_other': '{date}, quedan {count} días',
	'expires_today': 'hoy, {date}',
	'expired_on_one': 'venció el {date}, hace {count} día',
	'expired_on_other': 'venció el {date}, hace {count} días',
	'expired_today': 'venció hoy, {date}',

	// Limits
	'limit_activeUsers': 'Puestos (usuarios activos)',
	'limit_guestUsers': 'Invitados',
	'limit_monthlyActiveContacts': 'Contactos activos mensuales',
	'limit_privateApps': 'Aplicaciones privadas',
	'limit_marketplaceApps': 'Aplicaciones del Marketplace',
	'usage_of': '{used} de {max}',
	'usage_unlimited': '{used} (ilimitado)',
	'usage_unknown_of': 'uso no informado, tope de {max}',
	'usage_unknown_unlimited': 'ilimitado',
	'reached_mark': 'alcanzado',
	'at_cap_prefix': 'Al alcanzarlo:',
	'limits_none_near': 'Todos los límites están por debajo del {percent} de su tope.',
	'limits_reached_note': '⛔ indica un límite ya alcanzado; ⚠️, uno que está al {percent} o más de su tope.',

	// What happens at a cap
	'consequence_prevent_action_activeUsers': 'no se pueden crear ni activar usuarios nuevos',
	'consequence_prevent_action_guestUsers': 'no se pueden agregar invitados nuevos',
	'consequence_prevent_action_monthlyActiveContacts': 'no se puede atender a nuevos contactos de Omnichannel',
	'consequence_prevent_action_privateApps': 'no se pueden instalar ni habilitar más aplicaciones privadas',
	'consequence_prevent_action_marketplaceApps': 'no se pueden instalar ni habilitar más aplicaciones del Marketplace',
	'consequence_start_fair_policy': 'entra en vigor una política de uso justo',
	'consequence_invalidate_license': 'la licencia deja de ser válida',
	'consequence_prevent_installation': 'se bloquean las instalaciones nuevas',
	'consequence_disable_modules': 'se desactivan algunos módulos',
	'consequence_allow_action': 'no se bloquea nada',

	// Summary
	'community_title': 'Sin licencia Enterprise: este espacio de trabajo funciona con Community.',
	'community_limits': 'Se aplican los límites de Community:',
	'summary_details_hint': 'Detalles: {commands}',
	'legacy_source': 'Leído de licenses.get (servidor anterior a la 6.5): no se informa el uso, salvo el de los puestos.',

	// Seats
	'seats_used': 'Usados',
	'seats_max': 'Máximo',
	'seats_remaining': 'Restantes',
	'seats_over': 'Por encima del tope en',
	'seats_guests': 'Invitados',
	'seats_new_users': 'Usuarios nuevos',
	'seats_allowed': 'se pueden agregar',
	'seats_blocked': '⛔ bloqueado: no se pueden crear ni activar usuarios nuevos',
	'seats_unlimited': 'Esta licencia no tiene tope de puestos.',
	'seats_community': 'Sin licencia: Community no tiene tope de puestos. Usuarios activos: {used}.',

	// Modules
	'modules_intro_one': 'Hay {count} módulo activo:',
	'modules_intro_other': 'Hay {count} módulos activos:',

	// Help
	'help_license': '`/license`: plan, prueba, vencimiento y los límites que requieren atención',
	'help_limits': '`/license limits`: todos los límites con su uso y qué ocurre al llegar a su tope',
	'help_modules': '`/license modules`: los módulos Enterprise activos',
	'help_check': '`/license check`: ejecuta ahora la comprobación diaria y publica el resultado en la sala de administración',
	'help_help': '`/license help`: esta lista',
	'help_seats': '`/seats`: uso de puestos frente al tope, invitados y si los usuarios nuevos están bloqueados',
	'help_private': 'Solo tú puedes ver las respuestas.',
	'unknown_argument': 'No se entendió “{argument}”.',

	// Access
	'refusal': 'Se necesita el permiso view-privileged-setting para ver la información de la licencia.',

	// Errors
	'error_title': 'LicenseApp no pudo leer la licencia.',
	'error_not_configured': 'LicenseApp aún no está conectada a la API del espacio de trabajo (falta: {missing}).',
	'missing_user_id': 'ID de usuario',
	'missing_access_token': 'token de acceso',
	'setup_step_1': '1. Inicia sesión como administrador y abre Mi cuenta → Tokens de acceso personal.',
	'setup_step_2': '2. Agrega un token y marca “Ignorar autenticación de dos factores”.',
	'setup_step_3': '3. Copia el token y el ID de usuario, que se muestran una sola vez.',
	'setup_step_4': '4. Pega ambos en Administración → Aplicaciones → LicenseApp → Configuración (ID de usuario, token de acceso) y guarda.',
	'error_invalid_url':
		'El ajuste “URL del servidor” no es una dirección http(s). Corrígelo en la configuración de la aplicación o déjalo vacío para usar la URL del sitio de este servidor.',
	'error_unauthorized':
		'El espacio de trabajo rechazó el token de acceso (HTTP 401): es incorrecto, venció o fue revocado. Crea un nuevo token de acceso personal y pégalo, junto con su ID de usuario, en la configuración de la aplicación.',
	'error_forbidden':
		'El usuario del token no tiene el permiso view-privileged-setting, por lo que el espacio de trabajo oculta la licencia. Usa un token que pertenezca a un administrador.',
	'error_not_found':
		'El espacio de trabajo no tiene {path} (HTTP 404). Revisa el ajuste “URL del servidor”: debe apuntar a Rocket.Chat 3.10 o posterior.',
	'error_rate_limited': 'El espacio de trabajo está limitando la frecuencia de estas solicitudes. Vuelve a intentarlo en {wait}.',
	'error_server_error':
		'El espacio de trabajo respondió con un error del servidor (HTTP {status}). Puede que se esté reiniciando o que esté detrás de un proxy que falla; vuelve a intentarlo en unos minutos.',
	'error_deadline_one':
		'El espacio de trabajo no respondió dentro del {count} segundo que la app puede dedicar a un comando o comprobación. Comprueba que la URL del servidor sea accesible desde este servidor y que el espacio de trabajo no esté sobrecargado, y vuelve a intentarlo.',
	'error_deadline_other':
		'El espacio de trabajo no respondió dentro de los {count} segundos que la app puede dedicar a un comando o comprobación. Comprueba que la URL del servidor sea accesible desde este servidor y que el espacio de trabajo no esté sobrecargado, y vuelve a intentarlo.',
	'error_redirect_loop':
		'La dirección {host} redirige sin parar y nunca llega a una respuesta. Apunta la URL del servidor directamente a Rocket.Chat, por https.',
	'error_malformed_not_json':
		'El espacio de trabajo respondió a {path} con algo que no es JSON. Comprueba que la URL del servidor apunte a un servidor de Rocket.Chat.',
	'error_timeout_one':
		'El espacio de trabajo no respondió en {count} segundo. Comprueba que la URL del servidor sea accesible desde este servidor o aumenta el ajuste “Tiempo de espera de las solicitudes”.',
	'error_timeout_other':
		'El espacio de trabajo no respondió en {count} segundos. Comprueba que la URL del servidor sea accesible desde este servidor o aumenta el ajuste “Tiempo de espera de las solicitudes”.',
	'error_unreachable':
		'No se pudo conectar con el espacio de trabajo en {host}. Revisa el ajuste “URL del servidor” y la red entre Rocket.Chat y esa dirección.',
	'error_malformed':
		'El espacio de trabajo respondió a {path} con datos que LicenseApp no puede leer ({field}). Comprueba que la URL del servidor apunte a un servidor de Rocket.Chat.',

	// Findings for the admin room
	'level_info': 'ℹ️',
	'level_warning': '⚠️',
	'level_critical': '🚨',
	'check_title': 'Comprobación de la licencia',
	'finding_expiry_one':
		'La licencia vence en {count} día, el {date}. Renuévala antes de esa fecha o el espacio de trabajo volverá a los límites de Community.',
	'finding_expiry_other':
		'La licencia vence en {count} días, el {date}. Renuévala antes de esa fecha o el espacio de trabajo volverá a los límites de Community.',
	'finding_expiry_today': 'La licencia vence hoy, {date}. Renuévala ahora o el espacio de trabajo volverá a los límites de Community.',
	'finding_trial_one':
		'La prueba termina en {count} día, el {date}. Compra una licencia antes de esa fecha para conservar las funciones Enterprise.',
	'finding_trial_other':
		'La prueba termina en {count} días, el {date}. Compra una licencia antes de esa fecha para conservar las funciones Enterprise.',
	'finding_trial_today': 'La prueba termina hoy, {date}. Compra una licencia ahora para conservar las funciones Enterprise.',
	'finding_seats': 'Los puestos están ocupados al {percent}: {used} de {max} usados, quedan {remaining}.',
	'finding_seats_full': 'Se alcanzó el tope de puestos: {used} de {max} usados. Al llegar al tope, {consequence}.',
	'finding_prevented': '{limit}: límite alcanzado ({usage}), {consequence}.',
	'finding_limit': '{limit} al {percent} del tope: {used} de {max}.',
	'finding_lapsed': 'Tu licencia Enterprise venció el {date}. El espacio de trabajo ahora funciona con los límites de Community.',
	'finding_lapsed_invalid':
		'La licencia {plan} ya no está activa (detectado el {date}). El espacio de trabajo ahora funciona con los límites de Community.',
	'finding_unreadable': 'No se pueden leer los datos de la licencia: {reason}',
	'finding_unreadable_still': 'Los datos de la licencia no se pueden leer desde el {date}: {reason}',
	'recovered_expiry': 'Licencia renovada: válida hasta {date}.',
	'recovered_seats': 'Los puestos vuelven a estar por debajo del {percent}: {used} de {max}.',
	'recovered_prevented': '{limit}: ya no está bloqueado, {usage}.',
	'recovered_limit': '{limit}: de nuevo por debajo del {percent} ({used} de {max}).',
	'recovered_unreadable': 'Los datos de la licencia se pueden leer de nuevo.',
	'news_license_active': 'Vuelve a haber una licencia Enterprise activa: {plan}, válida hasta {date}.',
	'news_license_new': 'Ahora hay una licencia activa: {plan}, válida hasta {date}.',
	'news_license_renewed': 'Licencia renovada: {plan}, válida hasta {date}.',
	'news_license_changed': 'La licencia cambió: {plan}, válida hasta {date}.',
	'no_end_date': 'sin fecha de fin',
	'all_clear': 'Todo en orden: nada en la licencia requiere atención.',
	'check_posted': 'Publicado en {room}.',
	'check_nothing_new': 'Nada nuevo que publicar: la sala de administración ya tiene estos avisos.',
	'check_not_posted':
		'No se pudieron publicar los avisos en ningún lugar: define una sala de administración o comprueba que el usuario del token exista.',
	'digest': 'Estado diario de la licencia: {plan} · puestos {seats} · vence {expiry}.',
	'digest_community': 'Estado diario de la licencia: Community (sin licencia) · usuarios activos {used}.',
	'fallback_no_room':
		'LicenseApp no tiene una sala de administración configurada, por eso este aviso te llega directamente. Configura una en Administración → Aplicaciones → LicenseApp → Configuración → Sala de administración.',
	'fallback_bad_room':
		'LicenseApp no puede publicar en la sala de administración “{room}”, por eso este aviso te llega directamente. Indica una sala existente en la que la aplicación pueda publicar en Administración → Aplicaciones → LicenseApp → Configuración → Sala de administración.',

	'recovered_unblocked_seats': 'Ya se pueden volver a crear y activar usuarios: {used} de {max} puestos usados.',
	'enforced_end': 'fin efectivo {date}',
	'error_internal':
		'LicenseApp encontró un error inesperado. Los detalles están en Administración → Aplicaciones → LicenseApp → Registros.',
	'license_lapsed_summary': 'La licencia {plan}, vista por última vez el {date}, ya no está activa.',

	// Module names (ids from the license's grantedModules)
	'module_auditing': 'Auditoría de mensajes',
	'module_canned-responses': 'Respuestas predefinidas',
	'module_ldap-enterprise': 'LDAP Enterprise',
	'module_livechat-enterprise': 'Omnichannel Enterprise',
	'module_voip-enterprise': 'VoIP Enterprise',
	'module_omnichannel-mobile-enterprise': 'Omnichannel en dispositivos móviles',
	'module_engagement-dashboard': 'Panel de interacción',
	'module_push-privacy': 'Notificaciones push privadas',
	'module_scalability': 'Escalabilidad (microservicios)',
	'module_teams-mention': 'Menciones de equipos',
	'module_saml-enterprise': 'SAML Enterprise',
	'module_oauth-enterprise': 'OAuth Enterprise',
	'module_device-management': 'Gestión de dispositivos',
	'module_federation': 'Federación',
	'module_videoconference-enterprise': 'Videoconferencia Enterprise',
	'module_message-read-receipt': 'Confirmaciones de lectura',
	'module_outlook-calendar': 'Calendario de Outlook',
	'module_hide-watermark': 'Sin marca de agua',
	'module_custom-roles': 'Roles personalizados',
	'module_accessibility-certification': 'Certificación de accesibilidad',
	'module_teams-voip': 'VoIP para equipos',
	'module_unlimited-presence': 'Presencia ilimitada',
	'module_contact-id-verification': 'Verificación de identidad de contactos',

	// Error titles by fault, caps of zero, links where admins act, module periods, auto-renewal
	'error_title_not-configured': 'LicenseApp aún no está conectado al espacio de trabajo.',
	'error_title_invalid-url': 'El ajuste de URL del servidor no es válido.',
	'error_title_unauthorized': 'El espacio de trabajo rechazó el token de acceso de LicenseApp.',
	'error_title_forbidden': 'El token de acceso no puede leer la licencia.',
	'error_title_not-found': 'El espacio de trabajo no ofrece la API de licencias.',
	'error_title_rate-limited': 'El espacio de trabajo está limitando las solicitudes de LicenseApp.',
	'error_title_server-error': 'El espacio de trabajo respondió con un error del servidor.',
	'error_title_timeout': 'El espacio de trabajo no respondió a tiempo.',
	'error_title_redirect-loop': 'La URL del servidor redirige en bucle.',
	'error_title_unreachable': 'No se pudo contactar con el espacio de trabajo.',
	'error_title_malformed': 'El espacio de trabajo envió una respuesta que LicenseApp no puede leer.',
	'error_title_insecure-url': 'LicenseApp no enviará el token por http sin cifrar.',
	'error_title_token-too-long': 'El espacio de trabajo rechazó el token de acceso por ser demasiado largo.',
	'error_title_too-large': 'El espacio de trabajo envió una respuesta demasiado grande para leerla.',
	'error_title_redirected': 'El espacio de trabajo respondió con una redirección.',
	'error_title_implausible': 'El espacio de trabajo envió cifras que no pueden ser correctas.',
	'usage_none_allowed': '{used} de {max}, ninguno permitido',
	'usage_none_allowed_unknown': 'ninguno permitido (límite 0)',
	'button_subscription': 'Abrir Suscripción',
	'button_request_seats': 'Solicitar más puestos',
	'modules_turn_off': '{module} se desactiva el {date}.',
	'finding_modules_off_one': '{modules}: se desactiva en {count} día, el {date}, cuando termina su periodo en la licencia.',
	'finding_modules_off_other': '{modules}: se desactiva en {count} días, el {date}, cuando termina su periodo en la licencia.',
	'finding_modules_off_today': '{modules}: se desactiva hoy, {date}, cuando termina su periodo en la licencia.',
	'finding_renews_one':
		'La licencia debe renovarse automáticamente en {count} día, el {date}. Comprueba que la renovación se realice, o el espacio de trabajo vuelve a los límites de Community.',
	'finding_renews_other':
		'La licencia debe renovarse automáticamente en {count} días, el {date}. Comprueba que la renovación se realice, o el espacio de trabajo vuelve a los límites de Community.',
	'finding_renews_today':
		'La licencia debe renovarse automáticamente hoy, {date}. Comprueba que la renovación se haya realizado, o el espacio de trabajo vuelve a los límites de Community.',
	'recovered_modules_off': '{modules}: ya no está previsto que se desactive.',
	// Idle seats
	'idle_title': 'Licencias sin uso',
	'idle_total': '{idle} de {seats} licencias están sin uso ({days}+ días)',
	'idle_total_no_seats': '{idle} licencias están sin uso ({days}+ días)',
	'idle_none': 'Ninguna licencia está sin uso ({days}+ días).',
	'idle_left_out_one': '{count} usuario sin actividad queda fuera por la configuración (roles o usuarios excluidos).',
	'idle_left_out_other': '{count} usuarios sin actividad quedan fuera por la configuración (roles o usuarios excluidos).',
	'idle_dashboard':
		'Contrastado con el panel de participación: {count} con un último inicio de sesión antiguo estuvieron activos en el período y no se listan.',
	'idle_login_only_missing': 'Esta lista se basa solo en el último inicio de sesión: el módulo engagement-dashboard no está licenciado.',
	'idle_login_only_refused':
		'Esta lista se basa solo en el último inicio de sesión: el token de acceso no puede leer el panel de participación (view-engagement-dashboard).',
	'idle_login_only_slow': 'Esta lista se basa solo en el último inicio de sesión: el panel de participación no respondió a tiempo.',
	'idle_login_only_failed': 'Esta lista se basa solo en el último inicio de sesión: no se pudo leer el panel de participación.',
	'idle_pending_note':
		'Los usuarios que nunca iniciaron sesión se listan sea cual sea la antigüedad de su cuenta: Rocket.Chat no devuelve fechas de creación en esta lista.',
	'idle_never': 'nunca inició sesión',
	'idle_last_login': 'último inicio de sesión {date}',
	'idle_total_by_login': '{idle} usuarios activos no inician sesión desde hace {days}+ días ({pending} de ellos nunca lo hicieron)',
	'idle_total_at_least':
		'Al menos {idle} usuarios activos no inician sesión desde hace {days}+ días; listados: los {listed} inactivos desde hace más tiempo; la lectura se detuvo en el límite de tiempo',
	'idle_window_rule':
		'El recuento se basa en el último inicio de sesión; la comprobación con el panel de participación y los roles y usuarios excluidos se aplican a los usuarios listados aquí.',
	'idle_window_showing': 'Listados desde el número {from} de {total}, primero los inactivos desde hace más tiempo.',
	'idle_daily_by-login': '{count} usuarios activos no inician sesión desde hace {days}+ días.',
	'idle_daily_at-least': 'Al menos {count} usuarios activos no inician sesión desde hace {days}+ días.',
	'idle_showing': 'Mostrando {from}–{to} de {total}.',
	'idle_button_more': 'Mostrar más',
	'idle_button_deactivate': 'Desactivar',
	'idle_button_deactivate_all': 'Desactivar los {count} listados',
	'idle_no_buttons': 'Sin botones para desactivar: el dueño del token no tiene el permiso edit-other-user-active-status.',
	'idle_confirm_one':
		'¿Desactivar {count} usuario? Pierde el acceso y su licencia queda libre. La sala de administración recibe un botón Deshacer durante 7 días.',
	'idle_confirm_other':
		'¿Desactivar {count} usuarios? Pierden el acceso y sus licencias quedan libres. La sala de administración recibe un botón Deshacer para cada uno, durante 7 días.',
	'idle_button_confirm': 'Confirmar',
	'idle_button_cancel': 'Cancelar',
	'idle_cancelled': 'Cancelado: no se cambió nada.',
	'idle_progress': 'Desactivando usuarios sin actividad, iniciado por @{clicker}: {done} de {total} hechos.',
	'idle_outcome': '{deactivated} desactivados, {failed} fallidos',
	'idle_reason_self': 'no puedes desactivarte a ti mismo aquí',
	'idle_reason_owner': 'LicenseApp nunca desactiva al dueño del token',
	'idle_reason_excluded': 'excluido por la configuración de la app',
	'idle_reason_last-admin': 'el último administrador activo',
	'idle_reason_not-idle': 'no está en la lista actual de usuarios sin actividad',
	'idle_reason_user-last-owner': 'último dueño de salas: transfiérelas primero',
	'idle_reason_error-action-not-allowed': 'Rocket.Chat lo rechazó: el último administrador activo',
	'idle_reason_error-user-is-federated': 'un usuario federado',
	'idle_reason_code': 'Rocket.Chat lo rechazó ({code})',
	'idle_reason_api': 'la solicitud falló ({kind})',
	'idle_audit': '@{clicker} desactivó a @{username} ({lastLogin}) el {date}.',
	'idle_undo_until': 'Deshacer lo reactiva hasta el {date}.',
	'idle_button_undo': 'Deshacer',
	'idle_undone': '@{clicker} reactivó a @{username} el {date}.',
	'idle_undo_done': '@{username} está activo de nuevo.',
	'idle_undo_expired': 'Ya no se puede deshacer: dura 7 días.',
	'idle_undo_unknown': 'LicenseApp no tiene ninguna desactivación de este usuario que deshacer.',
	'idle_undo_already': 'Esta desactivación ya se deshizo.',
	'idle_undo_cap':
		'No se puede reactivar a @{username}: todas las licencias están ocupadas (se alcanzó el límite de la licencia). Libera una licencia primero.',
	'idle_refused_permission': 'Necesitas el permiso edit-other-user-active-status para desactivar o reactivar usuarios.',
	'idle_refused_owner':
		'El dueño del token no tiene el permiso edit-other-user-active-status, así que LicenseApp no puede desactivar ni reactivar usuarios.',
	'idle_daily_one': '{count} licencia la ocupa un usuario sin actividad desde hace {days}+ días.',
	'idle_daily_other': '{count} licencias las ocupan usuarios sin actividad desde hace {days}+ días.',
	'idle_button_review': 'Revisar licencias sin uso',
	'idle_bad_days': '"{value}" no es un número de días de 1 a 3650.',
	'help_idle': '`/seats idle [días]`: usuarios que ocupan una licencia sin usarla, con botones para liberarlas',
	// Reach admins outside the chat: air gap, last call, webhook, email
	'finding_airgap_one':
		'Este espacio de trabajo pasará a solo lectura en {count} día si no envía sus estadísticas a Rocket.Chat Cloud. Conéctelo a internet para el envío diario, suba las estadísticas a mano en Administración → Espacio de trabajo o aplique una licencia válida.',
	'finding_airgap_other':
		'Este espacio de trabajo pasará a solo lectura en {count} días si no envía sus estadísticas a Rocket.Chat Cloud. Conéctelo a internet para el envío diario, suba las estadísticas a mano en Administración → Espacio de trabajo o aplique una licencia válida.',
	'finding_airgap_today':
		'Este espacio de trabajo está en solo lectura: no envió sus estadísticas a Rocket.Chat Cloud y los usuarios no pueden enviar mensajes. Conéctelo a internet para el envío, suba las estadísticas a mano en Administración → Espacio de trabajo o aplique una licencia válida.',
	'recovered_airgap':
		'La cuenta atrás hacia solo lectura se detuvo: el espacio de trabajo envió sus estadísticas a Rocket.Chat Cloud o tiene una licencia válida.',
	'last_call':
		'Este puede ser el último mensaje de LicenseApp en esta sala: cuando termina la licencia, Rocket.Chat apaga LicenseApp (desde la 7.5 desactiva las apps privadas instaladas desde la 7.0; las versiones anteriores desactivan todas las apps). Después, solo el correo, el webhook y el comando `watch` (vea la documentación) pueden seguir avisando.',
	'email_subject': 'Aviso de licencia de {workspace}',
	'email_subject_critical': 'Crítico: aviso de licencia de {workspace}',
	'email_intro': 'LicenseApp en {workspace} tiene novedades sobre la licencia del espacio de trabajo:',
	'email_footer': 'La página de suscripción: {link}. Recibe esto porque su dirección figura en el ajuste de correo de LicenseApp.',
	'webhook_failing':
		'El webhook de los avisos de licencia está fallando ({reason}); los avisos llegan solo a esta sala hasta que vuelva a funcionar, y entonces se le enviarán. Revise la URL del webhook en los ajustes de la app.',

	// Seats over time: history, trend, forecast, breakdown, export
	'help_seats_trend':
		'`/seats trend [30|90|365]`: puestos a lo largo del tiempo, el pico, el cambio por semana y cuándo se alcanza el tope',
	'help_seats_breakdown': '`/seats breakdown`: qué cuentas ocupan puestos y cuáles no cuentan',
	'help_seats_export': '`/seats export`: el historial diario de puestos en un archivo CSV, enviado a usted por mensaje directo',
	'trend_title': 'Puestos en los últimos {days} días',
	'trend_scale_cap': '▁ {low} · █ {high} = el tope',
	'trend_cell_days_one': 'una celda por día',
	'trend_cell_days_other': 'una celda cada {count} días',
	'trend_now': 'Ahora',
	'trend_peak': 'Pico',
	'trend_peak_value': '{seats} el {date}',
	'trend_weekly': 'Cambio neto por semana',
	'trend_weekly_note': 'de la más antigua a la más reciente',
	'trend_forecast': 'Previsión',
	'trend_contacts': 'Contactos activos mensuales',
	'pace_one': '{sign}{count} puesto por semana',
	'pace_other': '{sign}{count} puestos por semana',
	'forecast_reaches_one': 'al ritmo actual ({pace}) el tope de {cap} se alcanza hacia el {date}, dentro de {count} día',
	'forecast_reaches_other': 'al ritmo actual ({pace}) el tope de {cap} se alcanza hacia el {date}, dentro de {count} días',
	'forecast_not_within_year': 'al ritmo actual ({pace}) el tope de {cap} no se alcanza en menos de un año',
	'forecast_falling': 'los puestos están bajando ({pace})',
	'forecast_at_cap': 'el tope de {cap} ya se alcanzó',
	'forecast_no_cap': 'sin tope de puestos; el ritmo es de {pace}',
	'forecast_too_little_one': 'todavía hay poco historial ({count} día)',
	'forecast_too_little_other': 'todavía hay poco historial ({count} días)',
	'contacts_outlook': '{used} de {cap} hasta el día {day}; se esperan unos {projected} a fin de mes',
	'contacts_outlook_over': '⚠️ {used} de {cap} hasta el día {day}; se esperan unos {projected} a fin de mes, por encima del tope',
	'contacts_outlook_unlimited': '{used} hasta el día {day} (sin tope); se esperan unos {projected} a fin de mes',
	'contacts_so_far': '{used} de {cap} hasta el día {day}',
	'contacts_so_far_unlimited': '{used} hasta el día {day} (sin tope)',
	'trend_source_statistics': 'A partir de las instantáneas diarias de estadísticas del espacio de trabajo.',
	'trend_source_own':
		'Este historial es del propio LicenseApp, una lectura al día desde el {date}: el usuario del token no tiene view-statistics, así que no se pueden leer las estadísticas del espacio de trabajo.',
	'trend_backfilling_one':
		'Todavía leyendo el historial del espacio de trabajo ({count} día hasta ahora); el próximo comando o la próxima comprobación diaria lee más.',
	'trend_backfilling_other':
		'Todavía leyendo el historial del espacio de trabajo ({count} días hasta ahora); el próximo comando o la próxima comprobación diaria lee más.',
	'trend_empty': 'Todavía no hay historial de puestos: la comprobación diaria registra una lectura al día.',
	'breakdown_title': 'Desglose de puestos',
	'breakdown_now': 'Puestos en uso ahora',
	'breakdown_snapshot': 'Según la instantánea de estadísticas del {date}:',
	'breakdown_seat_holders': '*Usuarios activos*: {count}, cada uno ocupa un puesto (incluidos los invitados que tienen también otro rol)',
	'breakdown_never_logged_in': '*Nunca iniciaron sesión*: {count} cuentas activas hoy; también ocupan puestos',
	'breakdown_guests': '*Invitados* (solo el rol guest): {count}, sin puesto',
	'breakdown_apps': '*Usuarios de apps*: {count}, sin puesto',
	'breakdown_bots': '*Bots, usuarios federados y remotos*: {count}, sin puesto',
	'breakdown_deactivated': '*Usuarios desactivados*: {count}, sin puesto',
	'breakdown_total': '*Todas las cuentas*: {count}',
	'breakdown_rule': 'Un puesto es toda cuenta activa de una persona en este servidor que no sea solo invitado, haya iniciado sesión o no.',
	'statistics_forbidden':
		'Las estadísticas del espacio de trabajo requieren el permiso view-statistics, que el usuario del token no tiene. Use un token de un administrador.',
	'export_title': 'Exportación del historial de puestos',
	'export_sent_one': 'Se le envió {filename} ({count} día) por mensaje directo de {user}.',
	'export_sent_other': 'Se le envió {filename} ({count} días) por mensaje directo de {user}.',
	'export_columns': 'Columnas: fecha, puestos, tope, invitados, contactos activos mensuales; una celda vacía no se registró ese día.',
	'export_no_direct': 'No se pudo enviar el archivo: LicenseApp no tiene un usuario con el que abrir un mensaje directo con usted.',
	'finding_seat_forecast_one':
		'Al ritmo actual ({pace}) los puestos alcanzan el tope de {cap} hacia el {date}, dentro de {count} día. Libere puestos o compre más antes.',
	'finding_seat_forecast_other':
		'Al ritmo actual ({pace}) los puestos alcanzan el tope de {cap} hacia el {date}, dentro de {count} días. Libere puestos o compre más antes.',
	'finding_contacts_forecast':
		'Contactos activos mensuales: {used} de {cap} hasta el día {day}; se esperan unos {projected} a fin de mes, por encima del tope.',
	'recovered_seat_forecast': 'Los puestos ya no van camino de alcanzar pronto el tope de {cap}.',
	'recovered_contacts_forecast': 'Ya no se espera que los contactos activos mensuales superen el tope de {cap} este mes.',
	// Hostile and broken input
	'list_more_one': 'y {count} más',
	'list_more_other': 'y {count} más',
	'error_insecure_url':
		'La URL del servidor {host} empieza por http://, así que el token de acceso viajaría por la red sin cifrar. Configure la Site URL de este servidor (o el ajuste de URL del servidor de la app) con su dirección https://. Solo si la conexión ya es privada, active «Permitir el token por http sin cifrar» en los ajustes de la app.',
	'error_token_too_long':
		'El workspace rechazó las cabeceras de la solicitud por demasiado grandes (HTTP 431): el token de acceso es demasiado largo. Pegue el token de acceso personal tal como lo mostró Rocket.Chat, sin añadir nada.',
	'error_too_large':
		'El workspace respondió {path} con más datos de los que LicenseApp acepta ({limit} MB). Compruebe que la URL del servidor apunta a un servidor Rocket.Chat y no a un proxy u otro sitio.',
	'error_implausible':
		'El workspace respondió {path} con un valor que no puede ser correcto ({field}). Los datos de la licencia parecen dañados; LicenseApp prefiere no mostrar nada antes que cifras erróneas.',
	'check_redirect_note':
		'El token de acceso se envía a {host} en cada solicitud; si esa dirección redirige, el token sigue la redirección. Apunte la URL del servidor directamente a Rocket.Chat, por https.',
	// Settings an admin saved that cannot be used (lib/render/settingsView.ts); labels as in i18n/*.json
	'settings_rejected': 'El ajuste «{setting}» no se guardó ({date}): {problem}. Sigue vigente el valor anterior.',
	'settings_unusable': 'El ajuste «{setting}»: {problem}.',
	'setting_problem_empty-list': 'la lista está vacía',
	'setting_problem_not-whole-number': '«{item}» no es un número entero',
	'setting_problem_out-of-range': '{number} está fuera de {min}–{max}',
	'setting_problem_time-of-day': 'se esperaba una hora como 09:00',
	'setting_problem_whole-number': 'se esperaba un número entero de {min} a {max}',
	'setting_problem_server-url': 'se esperaba una dirección http(s) como https://chat.example.com',
	'setting_problem_names': 'se esperaban nombres separados por comas, como admin, ceo',
	'setting_problem_webhook-url': 'se esperaba una dirección http(s) como https://hooks.example.com/…',
	'setting_problem_too-long': 'más de {max} caracteres',
	'setting_problem_clamped': '{number} se guardó cuando se permitían valores mayores; se aplica {max}, el máximo permitido ahora',
	'setting_problem_characters': 'solo se permiten letras, dígitos y signos de puntuación (sin espacios, caracteres de control ni no ASCII)',
	'setting_problem_user-id': 'se esperaba un ID de usuario como aBcDeFgHiJkLmNoPq (letras, dígitos, puntos, guiones y guiones bajos)',
	'setting_problem_boolean': 'se esperaba true o false',
	'setting_problem_not-email': 'no es una dirección de correo, así que no se envía correo allí: {items}',
	'setting_label_server_url': 'URL del servidor',
	'setting_label_user_id': 'ID de usuario',
	'setting_label_access_token': 'Token de acceso personal',
	'setting_label_request_timeout': 'Tiempo de espera de las solicitudes (segundos)',
	'setting_label_admin_room': 'Sala de administración',
	'setting_label_check_time': 'Hora de la comprobación diaria',
	'setting_label_expiry_thresholds': 'Avisos de vencimiento (días antes)',
	'setting_label_seat_thresholds': 'Avisos de puestos (porcentaje del tope)',
	'setting_label_failure_reminder_days': 'Recordar errores de lectura después de (días)',
	'setting_label_mention_here_on_critical': 'Notificar a toda la sala ante hallazgos críticos',
	'setting_label_daily_digest': 'Resumen diario',
	'setting_label_idle_days': 'Sin uso después de (días)',
	'setting_label_idle_excluded_roles': 'No listar nunca estos roles',
	'setting_label_idle_excluded_users': 'No listar nunca estos usuarios',
	'setting_label_email_recipients': 'Destinatarios de correo',
	'setting_label_email_every_notice': 'Enviar cada aviso por correo',
	'setting_label_webhook_url': 'URL del webhook',
	'setting_label_webhook_secret': 'Secreto del webhook',
	'setting_label_metrics_token': 'Secreto de las métricas',
	'setting_label_metrics_query_token': 'Aceptar el secreto de métricas en la URL',
	'setting_label_allow_insecure_http': 'Permitir el token por http sin cifrar',
	// Editions and readiness (lib/domain/readiness, lib/render/readinessView.ts)
	'readiness_title': 'Qué funciona con este token',
	'readiness_on': '✅ {feature}',
	'readiness_unknown': '❔ {feature}: no se sabe, no se pudieron leer los permisos.',
	'readiness_fix_owner-permission':
		'⛔ {feature}: el usuario del token no tiene {permission}. Concédalo en Administración → Permisos, o use un token de un administrador.',
	'readiness_fix_module': '⛔ {feature}: la licencia no tiene el módulo {module}.',
	'readiness_fix_app-permission':
		'⛔ {feature}: el rol app no tiene {permission}. Marque el rol “app” en Administración → Permisos → {permission}.',
	'readiness_fix_setting': '⛔ {feature}: defina “{setting}” en los ajustes de la app.',
	'readiness_fix_smtp':
		'⛔ {feature}: Rocket.Chat no tiene servidor SMTP. Configure uno en Administración → Ajustes → Correo electrónico → SMTP.',
	'feature_license': 'Licencia y puestos',
	'feature_statistics': 'Puestos en el tiempo y desglose',
	'feature_idle': 'Puestos inactivos',
	'feature_idle-cross-check': 'Contraste de inactivos con el panel de participación',
	'feature_deactivate': 'Desactivar y deshacer',
	'feature_cloud': 'Avisos de Rocket.Chat Cloud',
	'feature_mention-here': '@here en avisos críticos',
	'feature_email': 'Correo electrónico',
	'feature_webhook': 'Webhook',
	'feature_metrics': 'Métricas',
	'cloud_last_sync_unseen':
		'Cuándo se sincronizó el espacio de trabajo por última vez con Rocket.Chat Cloud: la API de Rocket.Chat no lo informa (vea Administración → Suscripción).',
	'cloud_announcement': 'Rocket.Chat Cloud dice: {text}',
	'private_apps_line': '*Apps privadas*: {usage}, LicenseApp incluida',
	'private_apps_self': 'LicenseApp incluida',
	'idle_confirm_oauth':
		'Desde Rocket.Chat 8.5, desactivar también revoca sus tokens OAuth: las apps e integraciones conectadas con su cuenta dejan de funcionar.',
	'addons_title': 'Complementos',
	'addons_line': '*Complementos*: {addons} (terminan con la licencia)',
	'addons_intro': 'Complementos concedidos por la licencia; terminan cuando ella termina:',
	// A license answer from another workspace (lib/domain/licenseOrigin.ts, lib/render/originView.ts)
	'origin_elsewhere':
		'Esta respuesta vino de otro espacio de trabajo: su licencia es para {name}, y la URL del sitio de este espacio de trabajo es {site}. El ajuste “URL del servidor” o una redirección lleva a otro lugar, y el token de acceso va allí en cada solicitud. Apunte la URL del servidor directamente a este espacio de trabajo.',
	'origin_elsewhere_unnamed':
		'Esta respuesta vino de otro espacio de trabajo: su licencia no es para la URL del sitio de este espacio de trabajo, {site}. El ajuste “URL del servidor” o una redirección lleva a otro lugar, y el token de acceso va allí en cada solicitud. Apunte la URL del servidor directamente a este espacio de trabajo.',
	// A redirect refused by the reader outside Apps-Engine (watch/nodeHttp.ts)
	'error_redirected':
		'La URL del servidor respondió con una redirección a {host}, que LicenseApp no sigue: el token de acceso iría allí. Configure la URL del servidor con la dirección en la que el espacio de trabajo responde realmente.',
};
