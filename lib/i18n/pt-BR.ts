import type { Catalogue } from './en';

export const ptBR: Catalogue = {
	// Titles and labels
	'license_title': 'Licença',
	'seats_title': 'Assentos',
	'limits_title': 'Limites',
	'modules_title': 'Módulos',
	'help_title': 'Comandos do LicenseApp',
	'plan': 'Plano',
	'plan_unnamed': 'Enterprise (sem nome de plano)',
	'tags': 'Tags',
	'trial': 'Avaliação',
	'yes': 'sim',
	'no': 'não',
	'expires': 'Expira',
	'granted_to': 'Concedida a',
	'modules_count_one': '{count} módulo ativo',
	'modules_count_other': '{count} módulos ativos',
	'no_modules': 'Nenhum módulo Enterprise está ativo.',
	'auto_renews': 'renova automaticamente',
	'no_auto_renew': 'não renova automaticamente',
	'unlimited': 'ilimitado',
	'unknown': 'não informado',

	// Dates
	'expires_in_one': '{date}, falta {count} dia',
	'expires_in_other': '{date}, faltam {count} dias',
	'expires_today': 'hoje, {date}',
	'expired_on_one': 'expirou em {date}, há {count} dia',
	'expired_on_other': 'expirou em {date}, há {count} dias',
	'expired_today': 'expirou hoje, {date}',

	// Limits
	'limit_activeUsers': 'Assentos (usuários ativos)',
	'limit_guestUsers': 'Convidados',
	'limit_monthlyActiveContacts': 'Contatos ativos mensais',
	'limit_privateApps': 'Aplicativos privados',
	'limit_marketplaceApps': 'Aplicativos do Marketplace',
	'usage_of': '{used} de {max}',
	'usage_unlimited': '{used} (ilimitado)',
	'usage_unknown_of': 'uso não informado, teto de {max}',
	'usage_unknown_unlimited': 'ilimitado',
	'reached_mark': 'atingido',
	'near_mark': 'perto do teto',
	'at_cap_prefix': 'Ao atingir:',
	'limits_none_near': 'Todos os limites estão abaixo de {percent} do respectivo teto.',
	'limits_reached_note': '⛔ marca um limite já atingido; ⚠️, um que está em {percent} ou mais do teto.',

	// What happens at a cap
	'consequence_prevent_action_activeUsers': 'não é possível criar nem ativar novos usuários',
	'consequence_prevent_action_guestUsers': 'não é possível adicionar novos convidados',
	'consequence_prevent_action_monthlyActiveContacts': 'não é possível atender novos contatos do omnichannel',
	'consequence_prevent_action_privateApps': 'não é possível instalar nem ativar mais aplicativos privados',
	'consequence_prevent_action_marketplaceApps': 'não é possível instalar nem ativar mais aplicativos do Marketplace',
	'consequence_start_fair_policy': 'entra em vigor uma política de uso justo',
	'consequence_invalidate_license': 'a licença se torna inválida',
	'consequence_prevent_installation': 'novas instalações são bloqueadas',
	'consequence_disable_modules': 'alguns módulos são desativados',
	'consequence_allow_action': 'nada é bloqueado',

	// Summary
	'community_title': 'Sem licença Enterprise: este workspace roda no Community.',
	'community_limits': 'Valem os limites do Community:',
	'summary_details_hint': 'Detalhes: {commands}',
	'legacy_source': 'Lido de licenses.get (servidor anterior à 6.5): o uso não é informado, exceto o dos assentos.',

	// Seats
	'seats_used': 'Em uso',
	'seats_max': 'Máximo',
	'seats_remaining': 'Restantes',
	'seats_over': 'Acima do teto em',
	'seats_guests': 'Convidados',
	'seats_new_users': 'Novos usuários',
	'seats_allowed': 'podem ser adicionados',
	'seats_blocked': '⛔ bloqueado: não é possível criar nem ativar novos usuários',
	'seats_unlimited': 'Esta licença não tem teto de assentos.',
	'seats_community': 'Sem licença: o Community não tem teto de assentos. Usuários ativos: {used}.',

	// Modules
	'modules_intro_one': '{count} módulo está ativo:',
	'modules_intro_other': '{count} módulos estão ativos:',

	// Help
	'help_license': '`/license`: plano, avaliação, vencimento e os limites que precisam de atenção',
	'help_limits': '`/license limits`: todos os limites com o uso de cada um e o que acontece ao atingir o teto',
	'help_modules': '`/license modules`: os módulos Enterprise ativos',
	'help_check': '`/license check`: executa agora a verificação diária e publica o resultado na sala de administração',
	'help_help': '`/license help`: esta lista',
	'help_seats': '`/seats`: uso de assentos em relação ao teto, convidados e se novos usuários estão bloqueados',
	'help_private': 'As respostas são visíveis apenas para você.',
	'unknown_argument': 'Não entendi “{argument}”.',

	// Access
	'refusal': 'Você precisa da permissão view-privileged-setting para ver as informações da licença.',

	// Errors
	'error_title': 'O LicenseApp não conseguiu ler a licença.',
	'error_not_configured': 'O LicenseApp ainda não está conectado à API do workspace (faltando: {missing}).',
	'missing_user_id': 'ID do usuário',
	'missing_access_token': 'token de acesso',
	'setup_step_1': '1. Entre como administrador e abra Minha Conta → Tokens de acesso pessoal.',
	'setup_step_2': '2. Adicione um token e marque “Ignorar autenticação de dois fatores”.',
	'setup_step_3': '3. Copie o token e o ID de usuário, que são exibidos uma única vez.',
	'setup_step_4': '4. Cole os dois em Administração → Apps → LicenseApp → Configurações (ID de usuário, token de acesso) e salve.',
	'error_invalid_url':
		'A configuração “URL do servidor” não é um endereço http(s). Corrija-a nas configurações do app ou deixe-a vazia para usar a URL do site deste servidor.',
	'error_unauthorized':
		'O workspace recusou o token de acesso (HTTP 401): ele está errado, expirou ou foi revogado. Crie um novo token de acesso pessoal e cole-o, com o ID de usuário, nas configurações do app.',
	'error_forbidden':
		'O usuário do token não tem a permissão view-privileged-setting, por isso o workspace oculta a licença. Use um token que pertença a um administrador.',
	'error_not_found':
		'O workspace não tem {path} (HTTP 404). Verifique a configuração “URL do servidor”: ela precisa apontar para o Rocket.Chat 3.10 ou posterior.',
	'error_rate_limited_one': 'O workspace está limitando a taxa dessas solicitações. Tente novamente em {count} segundo.',
	'error_rate_limited_other': 'O workspace está limitando a taxa dessas solicitações. Tente novamente em {count} segundos.',
	'error_server_error':
		'O workspace respondeu com um erro de servidor (HTTP {status}). Ele pode estar reiniciando ou atrás de um proxy com falha; tente novamente em alguns minutos.',
	'error_timeout_one':
		'O workspace não respondeu em {count} segundo. Verifique se a URL do servidor pode ser acessada a partir deste servidor ou aumente a configuração “Tempo limite da solicitação”.',
	'error_timeout_other':
		'O workspace não respondeu em {count} segundos. Verifique se a URL do servidor pode ser acessada a partir deste servidor ou aumente a configuração “Tempo limite da solicitação”.',
	'error_unreachable':
		'Não foi possível acessar o workspace em {host}. Verifique a configuração “URL do servidor” e a rede entre o Rocket.Chat e esse endereço.',
	'error_malformed':
		'O workspace respondeu a {path} com dados que o LicenseApp não consegue ler ({field}). Verifique se a URL do servidor aponta para um servidor Rocket.Chat.',

	// Findings for the admin room
	'level_info': 'ℹ️',
	'level_warning': '⚠️',
	'level_critical': '🚨',
	'check_title': 'Verificação da licença',
	'finding_expiry_one':
		'A licença expira daqui a {count} dia, em {date}. Renove-a antes disso, ou o workspace voltará aos limites do Community.',
	'finding_expiry_other':
		'A licença expira daqui a {count} dias, em {date}. Renove-a antes disso, ou o workspace voltará aos limites do Community.',
	'finding_expiry_today': 'A licença expira hoje, {date}. Renove-a agora, ou o workspace voltará aos limites do Community.',
	'finding_trial_one':
		'A avaliação termina daqui a {count} dia, em {date}. Compre uma licença antes disso para manter os recursos Enterprise.',
	'finding_trial_other':
		'A avaliação termina daqui a {count} dias, em {date}. Compre uma licença antes disso para manter os recursos Enterprise.',
	'finding_trial_today': 'A avaliação termina hoje, {date}. Compre uma licença agora para manter os recursos Enterprise.',
	'finding_seats': 'Os assentos estão {percent} ocupados: {used} de {max} em uso, {remaining} restantes.',
	'finding_seats_full': 'Teto de assentos atingido: {used} de {max} em uso. No teto, {consequence}.',
	'finding_prevented': '{limit}: limite atingido ({usage}), {consequence}.',
	'finding_limit': '{limit} em {percent} do teto: {used} de {max}.',
	'finding_lapsed': 'Sua licença Enterprise expirou em {date}. O workspace agora roda com os limites do Community.',
	'finding_lapsed_invalid':
		'A licença {plan} não está mais ativa (detectado em {date}). O workspace agora funciona com os limites do Community.',
	'finding_unreadable': 'Não é possível ler os dados da licença: {reason}',
	'finding_unreadable_still': 'Os dados da licença não podem ser lidos desde {date}: {reason}',
	'recovered_expiry': 'Licença renovada: válida até {date}.',
	'recovered_seats': 'Os assentos voltaram a ficar abaixo de {percent}: {used} de {max}.',
	'recovered_prevented': '{limit}: não está mais bloqueado, {usage}.',
	'recovered_limit': '{limit}: de novo abaixo de {percent} ({used} de {max}).',
	'recovered_unreadable': 'Os dados da licença podem ser lidos novamente.',
	'news_license_active': 'Uma licença Enterprise está ativa novamente: {plan}, válida até {date}.',
	'news_license_new': 'Agora há uma licença ativa: {plan}, válida até {date}.',
	'news_license_renewed': 'Licença renovada: {plan}, válida até {date}.',
	'news_license_changed': 'A licença mudou: {plan}, válida até {date}.',
	'no_end_date': 'sem data de término',
	'all_clear': 'Tudo certo: nada na licença precisa de atenção.',
	'check_posted': 'Publicado em {room}.',
	'check_nothing_new': 'Nada de novo para publicar: a sala de administração já tem estes avisos.',
	'check_not_posted':
		'Não foi possível publicar os avisos em lugar nenhum: defina uma sala de administração ou verifique se o usuário do token existe.',
	'digest': 'Status diário da licença: {plan} · assentos {seats} · expira {expiry}.',
	'digest_community': 'Status diário da licença: Community (sem licença) · usuários ativos {used}.',
	'fallback_no_room':
		'Nenhuma sala de administração está definida para o LicenseApp, por isso este aviso chega diretamente a você. Defina uma em Administração → Apps → LicenseApp → Configurações → Sala de administração.',
	'fallback_bad_room':
		'O LicenseApp não consegue publicar na sala de administração “{room}”, por isso este aviso chega diretamente a você. Defina uma sala existente em que o app possa publicar em Administração → Apps → LicenseApp → Configurações → Sala de administração.',

	'recovered_unblocked_seats': 'Novos usuários podem ser criados e ativados novamente: {used} de {max} assentos usados.',
	'enforced_end': 'fim efetivo {date}',
	'error_internal': 'O LicenseApp encontrou um erro inesperado. Os detalhes estão em Administração → Apps → LicenseApp → Logs.',
	'error_title_unverified': 'O LicenseApp não conseguiu verificar sua permissão para ver as informações da licença.',
	'license_lapsed_summary': 'A licença {plan}, vista pela última vez em {date}, não está mais ativa.',

	// Module names (ids from the license's grantedModules)
	'module_auditing': 'Auditoria de mensagens',
	'module_canned-responses': 'Respostas modelo',
	'module_ldap-enterprise': 'LDAP Enterprise',
	'module_livechat-enterprise': 'Omnichannel Enterprise',
	'module_voip-enterprise': 'VoIP Enterprise',
	'module_omnichannel-mobile-enterprise': 'Omnichannel no celular',
	'module_engagement-dashboard': 'Painel de engajamento',
	'module_push-privacy': 'Notificações push privadas',
	'module_scalability': 'Escalabilidade (microsserviços)',
	'module_teams-mention': 'Menções de equipes',
	'module_saml-enterprise': 'SAML Enterprise',
	'module_oauth-enterprise': 'OAuth Enterprise',
	'module_device-management': 'Gerenciamento de dispositivos',
	'module_federation': 'Federação',
	'module_videoconference-enterprise': 'Videoconferência Enterprise',
	'module_message-read-receipt': 'Confirmações de leitura',
	'module_outlook-calendar': 'Calendário do Outlook',
	'module_hide-watermark': 'Sem marca d’água',
	'module_custom-roles': 'Funções personalizadas',
	'module_accessibility-certification': 'Certificação de acessibilidade',
	'module_teams-voip': 'VoIP para equipes',
	'module_unlimited-presence': 'Presença ilimitada',
	'module_contact-id-verification': 'Verificação de identidade de contatos',

	// Hostile and broken input (issue 8)
	'list_more_one': 'e mais {count}',
	'list_more_other': 'e mais {count}',
	'error_insecure_url':
		'A URL do servidor {host} começa com http://, então o token de acesso passaria pela rede sem criptografia. Defina a Site URL deste servidor (ou a configuração de URL do servidor do app) com o endereço https://. Só se a conexão já for privada, ative “Permitir o token por http sem criptografia” nas configurações do app.',
	'error_token_too_long':
		'O workspace recusou os cabeçalhos da requisição por serem grandes demais (HTTP 431): o token de acesso é longo demais. Cole o token de acesso pessoal exatamente como o Rocket.Chat mostrou, sem nada a mais.',
	'error_too_large':
		'O workspace respondeu {path} com mais dados do que o LicenseApp aceita ({limit}). Verifique se a URL do servidor aponta para um servidor Rocket.Chat e não para um proxy ou outro site.',
	'error_implausible':
		'O workspace respondeu {path} com um valor que não pode estar certo ({field}). Os dados da licença parecem danificados; o LicenseApp prefere não mostrar nada a mostrar números errados.',
	'check_redirect_note':
		'O token de acesso é enviado a {host} em cada requisição; se esse endereço redirecionar, o token segue o redirecionamento. Aponte a URL do servidor diretamente para o Rocket.Chat, via https.',
};
