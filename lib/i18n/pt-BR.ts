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
	'error_rate_limited': 'O workspace está limitando a taxa dessas solicitações. Tente novamente em {wait}.',
	'error_server_error':
		'O workspace respondeu com um erro de servidor (HTTP {status}). Ele pode estar reiniciando ou atrás de um proxy com falha; tente novamente em alguns minutos.',
	'error_deadline_one':
		'O workspace não respondeu dentro do {count} segundo que o app pode usar em um comando ou verificação. Verifique se a URL do servidor pode ser acessada a partir deste servidor e se o workspace não está sobrecarregado, e tente novamente.',
	'error_deadline_other':
		'O workspace não respondeu dentro dos {count} segundos que o app pode usar em um comando ou verificação. Verifique se a URL do servidor pode ser acessada a partir deste servidor e se o workspace não está sobrecarregado, e tente novamente.',
	'error_redirect_loop':
		'O endereço {host} redireciona sem parar e nunca chega a uma resposta. Aponte a URL do servidor diretamente para o Rocket.Chat, via https.',
	'error_malformed_not_json':
		'O workspace respondeu {path} com algo que não é JSON. Verifique se a URL do servidor aponta para um servidor Rocket.Chat.',
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

	// Error titles by fault, caps of zero, links where admins act, module periods, auto-renewal
	'error_title_not-configured': 'O LicenseApp ainda não está conectado ao workspace.',
	'error_title_invalid-url': 'A configuração de URL do servidor não é válida.',
	'error_title_unauthorized': 'O workspace recusou o token de acesso do LicenseApp.',
	'error_title_forbidden': 'O token de acesso não pode ler a licença.',
	'error_title_not-found': 'O workspace não oferece a API de licença.',
	'error_title_rate-limited': 'O workspace está limitando as requisições do LicenseApp.',
	'error_title_server-error': 'O workspace respondeu com um erro de servidor.',
	'error_title_timeout': 'O workspace não respondeu a tempo.',
	'error_title_redirect-loop': 'A URL do servidor redireciona em ciclo.',
	'error_title_unreachable': 'Não foi possível alcançar o workspace.',
	'error_title_malformed': 'O workspace enviou uma resposta que o LicenseApp não consegue ler.',
	'error_title_insecure-url': 'O LicenseApp não envia o token por http sem criptografia.',
	'error_title_token-too-long': 'O workspace recusou o token de acesso por ser longo demais.',
	'error_title_too-large': 'O workspace enviou uma resposta grande demais para ler.',
	'error_title_redirected': 'O workspace respondeu com um redirecionamento.',
	'error_title_implausible': 'O workspace enviou números que não podem estar certos.',
	'usage_none_allowed': '{used} de {max}, nenhum permitido',
	'usage_none_allowed_unknown': 'nenhum permitido (limite 0)',
	'button_subscription': 'Abrir Assinatura',
	'button_request_seats': 'Solicitar mais licenças de usuário',
	'modules_turn_off': '{module} será desativado em {date}.',
	'finding_modules_off_one': '{modules}: desativado em {count} dia, em {date}, quando termina seu período na licença.',
	'finding_modules_off_other': '{modules}: desativado em {count} dias, em {date}, quando termina seu período na licença.',
	'finding_modules_off_today': '{modules}: desativado hoje, {date}, quando termina seu período na licença.',
	'finding_renews_one':
		'A licença deve ser renovada automaticamente em {count} dia, em {date}. Verifique se a renovação acontece, ou o workspace volta aos limites do Community.',
	'finding_renews_other':
		'A licença deve ser renovada automaticamente em {count} dias, em {date}. Verifique se a renovação acontece, ou o workspace volta aos limites do Community.',
	'finding_renews_today':
		'A licença deve ser renovada automaticamente hoje, {date}. Verifique se a renovação aconteceu, ou o workspace volta aos limites do Community.',
	'recovered_modules_off': '{modules}: não está mais programado para ser desativado.',
	// Idle seats
	'idle_title': 'Licenças ociosas',
	'idle_total': '{idle} de {seats} licenças estão ociosas ({days}+ dias)',
	'idle_total_no_seats': '{idle} licenças estão ociosas ({days}+ dias)',
	'idle_none': 'Nenhuma licença está ociosa ({days}+ dias).',
	'idle_left_out_one': '{count} usuário ocioso ficou de fora pelas configurações (papéis ou usuários excluídos).',
	'idle_left_out_other': '{count} usuários ociosos ficaram de fora pelas configurações (papéis ou usuários excluídos).',
	'idle_dashboard':
		'Conferido com o painel de engajamento: {count} com último login antigo estiveram ativos no período e não são listados.',
	'idle_login_only_missing': 'Esta lista se baseia apenas no último login: o módulo engagement-dashboard não está licenciado.',
	'idle_login_only_refused':
		'Esta lista se baseia apenas no último login: o token de acesso não pode ler o painel de engajamento (view-engagement-dashboard).',
	'idle_login_only_slow': 'Esta lista se baseia apenas no último login: o painel de engajamento não respondeu a tempo.',
	'idle_login_only_failed': 'Esta lista se baseia apenas no último login: não foi possível ler o painel de engajamento.',
	'idle_pending_note':
		'Usuários que nunca entraram são listados qualquer que seja a idade da conta: o Rocket.Chat não informa datas de criação nesta lista.',
	'idle_never': 'nunca entrou',
	'idle_last_login': 'último login {date}',
	'idle_total_by_login': '{idle} usuários ativos não entram há {days}+ dias ({pending} deles nunca entraram)',
	'idle_total_at_least':
		'Pelo menos {idle} usuários ativos não entram há {days}+ dias; listados: os {listed} ociosos há mais tempo; a leitura parou no limite de tempo',
	'idle_window_rule':
		'A contagem se baseia no último login; a verificação pelo painel de engajamento e os papéis e usuários excluídos valem para os usuários listados aqui.',
	'idle_window_showing': 'Listados a partir do número {from} de {total}, ociosos há mais tempo primeiro.',
	'idle_daily_by-login': '{count} usuários ativos não entram há {days}+ dias.',
	'idle_daily_at-least': 'Pelo menos {count} usuários ativos não entram há {days}+ dias.',
	'idle_showing': 'Mostrando {from}–{to} de {total}.',
	'idle_button_more': 'Mostrar mais',
	'idle_button_deactivate': 'Desativar',
	'idle_button_deactivate_all': 'Desativar os {count} listados',
	'idle_no_buttons': 'Sem botões de desativar: o dono do token não tem a permissão edit-other-user-active-status.',
	'idle_confirm_one':
		'Desativar {count} usuário? Ele perde o acesso e a licença é liberada. A sala de administração recebe um botão Desfazer por 7 dias.',
	'idle_confirm_other':
		'Desativar {count} usuários? Eles perdem o acesso e as licenças são liberadas. A sala de administração recebe um botão Desfazer para cada um, por 7 dias.',
	'idle_button_confirm': 'Confirmar',
	'idle_button_cancel': 'Cancelar',
	'idle_cancelled': 'Cancelado: nada foi alterado.',
	'idle_progress': 'Desativando usuários ociosos, iniciado por @{clicker}: {done} de {total} concluídos.',
	'idle_outcome': '{deactivated} desativados, {failed} com falha',
	'idle_reason_self': 'você não pode desativar a si mesmo aqui',
	'idle_reason_owner': 'o LicenseApp nunca desativa o dono do token',
	'idle_reason_excluded': 'excluído pelas configurações do app',
	'idle_reason_last-admin': 'o último administrador ativo',
	'idle_reason_not-idle': 'não está na lista atual de ociosos',
	'idle_reason_user-last-owner': 'último dono de salas: transfira-as primeiro',
	'idle_reason_error-action-not-allowed': 'o Rocket.Chat recusou: o último administrador ativo',
	'idle_reason_error-user-is-federated': 'um usuário federado',
	'idle_reason_code': 'o Rocket.Chat recusou ({code})',
	'idle_reason_api': 'a requisição falhou ({kind})',
	'idle_audit': '@{clicker} desativou @{username} ({lastLogin}) em {date}.',
	'idle_undo_until': 'Desfazer reativa o usuário até {date}.',
	'idle_button_undo': 'Desfazer',
	'idle_undone': '@{clicker} reativou @{username} em {date}.',
	'idle_undo_done': '@{username} está ativo novamente.',
	'idle_undo_expired': 'Não é mais possível desfazer: vale por 7 dias.',
	'idle_undo_unknown': 'O LicenseApp não tem desativação deste usuário para desfazer.',
	'idle_undo_already': 'Esta desativação já foi desfeita.',
	'idle_undo_cap':
		'Não é possível reativar @{username}: todas as licenças estão ocupadas (limite de licenças atingido). Libere uma licença primeiro.',
	'idle_refused_permission': 'Você precisa da permissão edit-other-user-active-status para desativar ou reativar usuários.',
	'idle_refused_owner':
		'O dono do token não tem a permissão edit-other-user-active-status, então o LicenseApp não pode desativar nem reativar usuários.',
	'idle_daily_one': '{count} licença está com um usuário ocioso há {days}+ dias.',
	'idle_daily_other': '{count} licenças estão com usuários ociosos há {days}+ dias.',
	'idle_button_review': 'Revisar licenças ociosas',
	'idle_bad_days': '"{value}" não é um número de dias de 1 a 3650.',
	'help_idle': '`/seats idle [dias]`: usuários que ocupam uma licença sem usá-la, com botões para liberar licenças',
	// Reach admins outside the chat: air gap, last call, webhook, email
	'finding_airgap_one':
		'Este workspace fica somente leitura em {count} dia, a menos que envie suas estatísticas ao Rocket.Chat Cloud. Conecte-o à internet para o envio diário, envie as estatísticas manualmente em Administração → Workspace ou aplique uma licença válida.',
	'finding_airgap_other':
		'Este workspace fica somente leitura em {count} dias, a menos que envie suas estatísticas ao Rocket.Chat Cloud. Conecte-o à internet para o envio diário, envie as estatísticas manualmente em Administração → Workspace ou aplique uma licença válida.',
	'finding_airgap_today':
		'Este workspace está somente leitura: não enviou suas estatísticas ao Rocket.Chat Cloud, e os usuários não podem enviar mensagens. Conecte-o à internet para o envio, envie as estatísticas manualmente em Administração → Workspace ou aplique uma licença válida.',
	'recovered_airgap':
		'A contagem para somente leitura parou: o workspace enviou suas estatísticas ao Rocket.Chat Cloud ou tem uma licença válida.',
	'last_call':
		'Esta pode ser a última mensagem do LicenseApp nesta sala: quando a licença termina, o Rocket.Chat desliga o LicenseApp (a partir da 7.5 desativa os apps privados instalados desde a 7.0; versões anteriores desativam todos os apps). Depois disso, só o email, o webhook e o comando `watch` (veja a documentação) ainda podem avisar.',
	'email_subject': 'Aviso de licença de {workspace}',
	'email_subject_critical': 'Crítico: aviso de licença de {workspace}',
	'email_intro': 'O LicenseApp em {workspace} tem novidades sobre a licença do workspace:',
	'email_footer': 'A página de assinatura: {link}. Você recebe isto porque seu endereço está na configuração de e-mail do LicenseApp.',
	'webhook_failing':
		'O webhook dos avisos de licença está falhando ({reason}); os avisos chegam só a esta sala até ele voltar a funcionar, e serão enviados a ele então. Verifique a URL do webhook nas configurações do app.',

	// Seats over time: history, trend, forecast, breakdown, export
	'help_seats_trend': '`/seats trend [30|90|365]`: assentos ao longo do tempo, o pico, a variação por semana e quando o teto será atingido',
	'help_seats_breakdown': '`/seats breakdown`: quais contas ocupam assentos e quais não contam',
	'help_seats_export': '`/seats export`: o histórico diário de assentos em um arquivo CSV, enviado a você por mensagem direta',
	'trend_title': 'Assentos nos últimos {days} dias',
	'trend_scale_cap': '▁ {low} · █ {high} = o teto',
	'trend_cell_days_one': 'uma célula por dia',
	'trend_cell_days_other': 'uma célula a cada {count} dias',
	'trend_now': 'Agora',
	'trend_peak': 'Pico',
	'trend_peak_value': '{seats} em {date}',
	'trend_weekly': 'Variação líquida por semana',
	'trend_weekly_note': 'da mais antiga à mais recente',
	'trend_forecast': 'Previsão',
	'trend_contacts': 'Contatos ativos mensais',
	'pace_one': '{sign}{count} assento por semana',
	'pace_other': '{sign}{count} assentos por semana',
	'forecast_reaches_one': 'no ritmo atual ({pace}) o teto de {cap} será atingido por volta de {date}, em {count} dia',
	'forecast_reaches_other': 'no ritmo atual ({pace}) o teto de {cap} será atingido por volta de {date}, em {count} dias',
	'forecast_not_within_year': 'no ritmo atual ({pace}) o teto de {cap} não será atingido em menos de um ano',
	'forecast_falling': 'os assentos estão diminuindo ({pace})',
	'forecast_at_cap': 'o teto de {cap} já foi atingido',
	'forecast_no_cap': 'sem teto de assentos; o ritmo é de {pace}',
	'forecast_too_little_one': 'histórico ainda insuficiente ({count} dia)',
	'forecast_too_little_other': 'histórico ainda insuficiente ({count} dias)',
	'contacts_outlook': '{used} de {cap} até o dia {day}; cerca de {projected} esperados no fim do mês',
	'contacts_outlook_over': '⚠️ {used} de {cap} até o dia {day}; cerca de {projected} esperados no fim do mês, acima do teto',
	'contacts_outlook_unlimited': '{used} até o dia {day} (sem teto); cerca de {projected} esperados no fim do mês',
	'contacts_so_far': '{used} de {cap} até o dia {day}',
	'contacts_so_far_unlimited': '{used} até o dia {day} (sem teto)',
	'trend_source_statistics': 'A partir dos instantâneos diários de estatísticas do workspace.',
	'trend_source_own':
		'Este histórico é do próprio LicenseApp, uma leitura por dia desde {date}: o usuário do token não tem view-statistics, então as estatísticas do workspace não podem ser lidas.',
	'trend_backfilling_one':
		'Ainda lendo o histórico do workspace ({count} dia até agora); o próximo comando ou a próxima verificação diária lê mais.',
	'trend_backfilling_other':
		'Ainda lendo o histórico do workspace ({count} dias até agora); o próximo comando ou a próxima verificação diária lê mais.',
	'trend_empty': 'Ainda não há histórico de assentos: a verificação diária registra uma leitura por dia.',
	'breakdown_title': 'Composição dos assentos',
	'breakdown_now': 'Assentos em uso agora',
	'breakdown_snapshot': 'Segundo o instantâneo de estatísticas de {date}:',
	'breakdown_seat_holders': '*Usuários ativos*: {count}, cada um ocupa um assento (incluindo convidados que têm também outra função)',
	'breakdown_never_logged_in': '*Nunca entraram*: {count} contas ativas hoje; também ocupam assentos',
	'breakdown_guests': '*Convidados* (só a função guest): {count}, sem assento',
	'breakdown_apps': '*Usuários de apps*: {count}, sem assento',
	'breakdown_bots': '*Bots, usuários federados e remotos*: {count}, sem assento',
	'breakdown_deactivated': '*Usuários desativados*: {count}, sem assento',
	'breakdown_total': '*Todas as contas*: {count}',
	'breakdown_rule':
		'Um assento é toda conta ativa de uma pessoa neste servidor que não seja só convidado, tenha ou não entrado alguma vez.',
	'statistics_forbidden':
		'As estatísticas do workspace exigem a permissão view-statistics, que o usuário do token não tem. Use um token de um administrador.',
	'export_title': 'Exportação do histórico de assentos',
	'export_sent_one': '{filename} ({count} dia) foi enviado a você por mensagem direta de {user}.',
	'export_sent_other': '{filename} ({count} dias) foi enviado a você por mensagem direta de {user}.',
	'export_columns': 'Colunas: data, assentos, teto, convidados, contatos ativos mensais; uma célula vazia não foi registrada naquele dia.',
	'export_no_direct': 'Não foi possível enviar o arquivo: o LicenseApp não tem um usuário para abrir uma mensagem direta com você.',
	'finding_seat_forecast_one':
		'No ritmo atual ({pace}) os assentos atingem o teto de {cap} por volta de {date}, em {count} dia. Libere assentos ou compre mais antes disso.',
	'finding_seat_forecast_other':
		'No ritmo atual ({pace}) os assentos atingem o teto de {cap} por volta de {date}, em {count} dias. Libere assentos ou compre mais antes disso.',
	'finding_contacts_forecast':
		'Contatos ativos mensais: {used} de {cap} até o dia {day}; cerca de {projected} esperados no fim do mês, acima do teto.',
	'recovered_seat_forecast': 'Os assentos não estão mais a caminho de atingir o teto de {cap} em breve.',
	'recovered_contacts_forecast': 'Os contatos ativos mensais não devem mais passar o teto de {cap} neste mês.',
	// Hostile and broken input
	'list_more_one': 'e mais {count}',
	'list_more_other': 'e mais {count}',
	'error_insecure_url':
		'A URL do servidor {host} começa com http://, então o token de acesso passaria pela rede sem criptografia. Defina a Site URL deste servidor (ou a configuração de URL do servidor do app) com o endereço https://. Só se a conexão já for privada, ative “Permitir o token por http sem criptografia” nas configurações do app.',
	'error_token_too_long':
		'O workspace recusou os cabeçalhos da requisição por serem grandes demais (HTTP 431): o token de acesso é longo demais. Cole o token de acesso pessoal exatamente como o Rocket.Chat mostrou, sem nada a mais.',
	'error_too_large':
		'O workspace respondeu {path} com mais dados do que o LicenseApp aceita ({limit} MB). Verifique se a URL do servidor aponta para um servidor Rocket.Chat e não para um proxy ou outro site.',
	'error_implausible':
		'O workspace respondeu {path} com um valor que não pode estar certo ({field}). Os dados da licença parecem danificados; o LicenseApp prefere não mostrar nada a mostrar números errados.',
	'check_redirect_note':
		'O token de acesso é enviado a {host} em cada requisição; se esse endereço redirecionar, o token segue o redirecionamento. Aponte a URL do servidor diretamente para o Rocket.Chat, via https.',
	// Settings an admin saved that cannot be used (lib/render/settingsView.ts); labels as in i18n/*.json
	'settings_rejected': 'A configuração “{setting}” não foi salva ({date}): {problem}. O valor anterior continua valendo.',
	'settings_unusable': 'A configuração “{setting}”: {problem}.',
	'setting_problem_empty-list': 'a lista está vazia',
	'setting_problem_not-whole-number': '“{item}” não é um número inteiro',
	'setting_problem_out-of-range': '{number} está fora de {min}–{max}',
	'setting_problem_time-of-day': 'esperava um horário como 09:00',
	'setting_problem_whole-number': 'esperava um número inteiro de {min} a {max}',
	'setting_problem_server-url': 'esperava um endereço http(s) como https://chat.example.com',
	'setting_problem_names': 'esperava nomes separados por vírgulas, como admin, ceo',
	'setting_problem_webhook-url': 'esperava um endereço http(s) como https://hooks.example.com/…',
	'setting_problem_too-long': 'mais de {max} caracteres',
	'setting_problem_clamped': '{number} foi salvo quando valores maiores eram permitidos; vale {max}, o máximo permitido agora',
	'setting_problem_characters': 'só letras, dígitos e pontuação são permitidos (sem espaços, caracteres de controle ou não ASCII)',
	'setting_problem_user-id': 'esperado um ID de usuário como aBcDeFgHiJkLmNoPq (letras, dígitos, pontos, hifens e sublinhados)',
	'setting_problem_boolean': 'esperava true ou false',
	'setting_problem_not-email': 'não é um endereço de e-mail, então nenhum e-mail vai para lá: {items}',
	'setting_label_server_url': 'URL do servidor',
	'setting_label_user_id': 'ID de usuário',
	'setting_label_access_token': 'Token de acesso pessoal',
	'setting_label_request_timeout': 'Tempo limite da solicitação (segundos)',
	'setting_label_admin_room': 'Sala de administração',
	'setting_label_check_time': 'Horário da verificação diária',
	'setting_label_expiry_thresholds': 'Alertas de vencimento (dias antes)',
	'setting_label_seat_thresholds': 'Alertas de assentos (percentual do teto)',
	'setting_label_failure_reminder_days': 'Lembrar falhas de leitura após (dias)',
	'setting_label_mention_here_on_critical': 'Notificar a sala inteira em ocorrências críticas',
	'setting_label_daily_digest': 'Resumo diário',
	'setting_label_idle_days': 'Ocioso após (dias)',
	'setting_label_idle_excluded_roles': 'Nunca listar estes papéis',
	'setting_label_idle_excluded_users': 'Nunca listar estes usuários',
	'setting_label_email_recipients': 'Destinatários de e-mail',
	'setting_label_email_every_notice': 'Enviar todo aviso por e-mail',
	'setting_label_webhook_url': 'URL do webhook',
	'setting_label_webhook_secret': 'Segredo do webhook',
	'setting_label_metrics_token': 'Segredo das métricas',
	'setting_label_metrics_query_token': 'Aceitar o segredo das métricas na URL',
	'setting_label_allow_insecure_http': 'Permitir o token por http sem criptografia',
	// Editions and readiness (lib/domain/readiness, lib/render/readinessView.ts)
	'readiness_title': 'O que funciona com este token',
	'readiness_on': '✅ {feature}',
	'readiness_unknown': '❔ {feature}: desconhecido, não foi possível ler as permissões.',
	'readiness_fix_owner-permission':
		'⛔ {feature}: o usuário do token não tem {permission}. Conceda-a em Administração → Permissões, ou use um token de um administrador.',
	'readiness_fix_module': '⛔ {feature}: a licença não tem o módulo {module}.',
	'readiness_fix_app-permission':
		'⛔ {feature}: o papel app não tem {permission}. Marque o papel “app” em Administração → Permissões → {permission}.',
	'readiness_fix_setting': '⛔ {feature}: defina “{setting}” nas configurações do app.',
	'readiness_fix_smtp': '⛔ {feature}: o Rocket.Chat não tem servidor SMTP. Configure um em Administração → Configurações → Email → SMTP.',
	'feature_license': 'Licença e assentos',
	'feature_statistics': 'Assentos ao longo do tempo e detalhamento',
	'feature_idle': 'Assentos ociosos',
	'feature_idle-cross-check': 'Conferência dos ociosos com o painel de engajamento',
	'feature_deactivate': 'Desativar e desfazer',
	'feature_cloud': 'Avisos do Rocket.Chat Cloud',
	'feature_mention-here': '@here nos avisos críticos',
	'feature_email': 'Email',
	'feature_webhook': 'Webhook',
	'feature_metrics': 'Métricas',
	'cloud_last_sync_unseen':
		'Quando o workspace sincronizou pela última vez com o Rocket.Chat Cloud: a API do Rocket.Chat não informa (veja Administração → Assinatura).',
	'cloud_announcement': 'O Rocket.Chat Cloud diz: {text}',
	'private_apps_line': '*Apps privados*: {usage}, incluindo o LicenseApp',
	'private_apps_self': 'incluindo o LicenseApp',
	'idle_confirm_oauth':
		'A partir do Rocket.Chat 8.5, desativar também revoga os tokens OAuth do usuário: apps e integrações conectados com a conta param de funcionar.',
	'addons_title': 'Complementos',
	'addons_line': '*Complementos*: {addons} (terminam com a licença)',
	'addons_intro': 'Complementos concedidos pela licença; terminam quando ela termina:',
	// A license answer from another workspace (lib/domain/licenseOrigin.ts, lib/render/originView.ts)
	'origin_elsewhere':
		'Esta resposta veio de outro workspace: a licença é para {name}, e a URL do site deste workspace é {site}. A configuração “URL do servidor” ou um redirecionamento leva a outro lugar, e o token de acesso vai para lá em cada requisição. Aponte a URL do servidor diretamente para este workspace.',
	'origin_elsewhere_unnamed':
		'Esta resposta veio de outro workspace: a licença não é para a URL do site deste workspace, {site}. A configuração “URL do servidor” ou um redirecionamento leva a outro lugar, e o token de acesso vai para lá em cada requisição. Aponte a URL do servidor diretamente para este workspace.',
	// A redirect refused by the reader outside Apps-Engine (watch/nodeHttp.ts)
	'error_redirected':
		'A URL do servidor respondeu com um redirecionamento para {host}, que o LicenseApp não segue: o token de acesso iria para lá. Defina a URL do servidor como o endereço em que o workspace realmente responde.',
};
