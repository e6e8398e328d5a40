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
	'near_mark': 'cerca del tope',
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
	'error_rate_limited_one':
		'El espacio de trabajo está limitando la frecuencia de estas solicitudes. Vuelve a intentarlo en {count} segundo.',
	'error_rate_limited_other':
		'El espacio de trabajo está limitando la frecuencia de estas solicitudes. Vuelve a intentarlo en {count} segundos.',
	'error_server_error':
		'El espacio de trabajo respondió con un error del servidor (HTTP {status}). Puede que se esté reiniciando o que esté detrás de un proxy que falla; vuelve a intentarlo en unos minutos.',
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
	'error_title_unverified': 'LicenseApp no pudo comprobar tu permiso para ver la información de la licencia.',
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

	// Hostile and broken input (issue 8)
	'list_more_one': 'y {count} más',
	'list_more_other': 'y {count} más',
	'error_insecure_url':
		'La URL del servidor {host} empieza por http://, así que el token de acceso viajaría por la red sin cifrar. Configure la Site URL de este servidor (o el ajuste de URL del servidor de la app) con su dirección https://. Solo si la conexión ya es privada, active «Permitir el token por http sin cifrar» en los ajustes de la app.',
	'error_token_too_long':
		'El workspace rechazó las cabeceras de la solicitud por demasiado grandes (HTTP 431): el token de acceso es demasiado largo. Pegue el token de acceso personal tal como lo mostró Rocket.Chat, sin añadir nada.',
	'error_too_large':
		'El workspace respondió {path} con más datos de los que LicenseApp acepta ({limit}). Compruebe que la URL del servidor apunta a un servidor Rocket.Chat y no a un proxy u otro sitio.',
	'error_implausible':
		'El workspace respondió {path} con un valor que no puede ser correcto ({field}). Los datos de la licencia parecen dañados; LicenseApp prefiere no mostrar nada antes que cifras erróneas.',
	'check_redirect_note':
		'El token de acceso se envía a {host} en cada solicitud; si esa dirección redirige, el token sigue la redirección. Apunte la URL del servidor directamente a Rocket.Chat, por https.',
};
