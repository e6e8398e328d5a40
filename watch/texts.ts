/**
 * The watcher's own texts (config problems, options, logs, the line that tells the other channels why the room did
 * not take a notice), in the four languages the app speaks. They live here, not in lib/i18n, so the app's zip does not
 * carry them. Every language is typed `WatchCatalogue`: a key missing in one of them does not compile.
 */
import type { Language, Params } from '../lib/i18n/texts';
import { fill } from '../lib/i18n/texts';

const en = {
	config_unreadable: 'Cannot read the config file {file}.',
	config_not_json: 'The config file {file} is not valid JSON.',
	config_not_object: '{field} must be a JSON object.',
	config_no_workspaces: 'The config lists no workspaces: add at least one under "workspaces".',
	config_missing: '{field} is missing.',
	config_not_text: '{field} must be text.',
	config_not_boolean: '{field} must be true or false.',
	config_unknown: '{field} is not a known field.',
	config_inline_secret:
		'{field} writes a secret into the config itself, which is refused: give the name of an environment variable (tokenEnv, secretEnv, passwordEnv) or a file (tokenFile, passwordFile) instead.',
	config_secret_source: '{field}: give exactly one of {env} or {file}.',
	config_env_unset: '{field}: the environment variable {name} is not set or empty.',
	config_file_unreadable: '{field}: cannot read the file {name}.',
	config_duplicate: '{field}: the name “{name}” is used twice.',
	config_name: '{field}: use letters, digits, dots, dashes and underscores only (it names the state file).',
	config_setting: '{field}: {problem}',
	config_email_no_smtp: '{field}: email recipients are set, but no smtp block says which server sends the mail.',
	config_smtp_port: '{field}: expected a port number from 1 to 65535.',
	config_smtp_address: '{field}: expected one email address, such as licenseapp@example.com.',
	config_smtp_login: '{field}: give user together with passwordEnv or passwordFile, or none of them.',
	config_smtp_insecure:
		'{field}: the SMTP password would cross the network to {host} unencrypted. Set secure (TLS from the start) or requireTLS (STARTTLS), or allowInsecure: true if that is really wanted.',
	option_problem:
		'{detail}: an unknown option, or its value is missing. Usage: licenseapp-watch --config FILE [--once] [--state-dir DIR] [--listen HOST:PORT] [--json] [--now ISO]',
	now_invalid: '--now expects an ISO date such as 2026-01-31T09:00:00Z, not “{value}”.',
	listen_invalid: '--listen expects HOST:PORT, such as 127.0.0.1:9464, not “{value}”.',
	listen_once: '--listen serves metrics while the watcher keeps running, so it does not go with --once.',
	listening: 'Metrics on http://{address}/metrics',
	room_refused:
		'{name}: the admin room refused these notices ({reason}); they went to the other channels, and the room is tried again next run.',
	room_refused_line: 'The admin room refused the post ({reason}), so this came here instead; the room is tried again next run.',
	email_failed: '{name}: the email could not be sent: {reason}. Its notices are kept for the next run.',
	workspace_failed: '{name}: the check failed: {reason}',
	locked: '{name}: another run is checking this workspace; skipped.',
	state_reset: '{name}: the state file could not be used ({problem}); starting from a fresh state.',
} as const;

export type WatchKey = keyof typeof en;
export type WatchCatalogue = Record<WatchKey, string>;

const de: WatchCatalogue = {
	config_unreadable: 'Die Konfigurationsdatei {file} kann nicht gelesen werden.',
	config_not_json: 'Die Konfigurationsdatei {file} ist kein gültiges JSON.',
	config_not_object: '{field} muss ein JSON-Objekt sein.',
	config_no_workspaces: 'Die Konfiguration nennt keinen Workspace: Fügen Sie unter "workspaces" mindestens einen hinzu.',
	config_missing: '{field} fehlt.',
	config_not_text: '{field} muss Text sein.',
	config_not_boolean: '{field} muss true oder false sein.',
	config_unknown: '{field} ist kein bekanntes Feld.',
	config_inline_secret:
		'{field} schreibt ein Geheimnis in die Konfiguration selbst, das wird abgelehnt: Geben Sie stattdessen den Namen einer Umgebungsvariable (tokenEnv, secretEnv, passwordEnv) oder einer Datei (tokenFile, passwordFile) an.',
	config_secret_source: '{field}: Geben Sie genau eines von {env} oder {file} an.',
	config_env_unset: '{field}: Die Umgebungsvariable {name} ist nicht gesetzt oder leer.',
	config_file_unreadable: '{field}: Die Datei {name} kann nicht gelesen werden.',
	config_duplicate: '{field}: Der Name „{name}“ wird zweimal verwendet.',
	config_name: '{field}: Nur Buchstaben, Ziffern, Punkte, Binde- und Unterstriche (er benennt die Zustandsdatei).',
	config_setting: '{field}: {problem}',
	config_email_no_smtp: '{field}: E-Mail-Empfänger sind gesetzt, aber kein smtp-Block sagt, welcher Server die Mail versendet.',
	config_smtp_port: '{field}: Erwartet wird eine Portnummer von 1 bis 65535.',
	config_smtp_address: '{field}: Erwartet wird eine E-Mail-Adresse wie licenseapp@example.com.',
	config_smtp_login: '{field}: Geben Sie user zusammen mit passwordEnv oder passwordFile an, oder keines davon.',
	config_smtp_insecure:
		'{field}: Das SMTP-Passwort ginge unverschlüsselt über das Netz zu {host}. Setzen Sie secure (TLS von Anfang an) oder requireTLS (STARTTLS), oder allowInsecure: true, wenn das wirklich gewollt ist.',
	option_problem:
		'{detail}: unbekannte Option, oder ihr Wert fehlt. Aufruf: licenseapp-watch --config DATEI [--once] [--state-dir ORDNER] [--listen HOST:PORT] [--json] [--now ISO]',
	now_invalid: '--now erwartet ein ISO-Datum wie 2026-01-31T09:00:00Z, nicht „{value}“.',
	listen_invalid: '--listen erwartet HOST:PORT wie 127.0.0.1:9464, nicht „{value}“.',
	listen_once: '--listen liefert Metriken, solange der Watcher läuft, und passt daher nicht zu --once.',
	listening: 'Metriken unter http://{address}/metrics',
	room_refused:
		'{name}: Der Admin-Raum hat diese Meldungen abgelehnt ({reason}); sie gingen an die anderen Kanäle, und der Raum wird beim nächsten Lauf erneut versucht.',
	room_refused_line:
		'Der Admin-Raum hat den Beitrag abgelehnt ({reason}), daher kommt dies hierher; der Raum wird beim nächsten Lauf erneut versucht.',
	email_failed: '{name}: Die E-Mail konnte nicht gesendet werden: {reason}. Ihre Meldungen bleiben für den nächsten Lauf.',
	workspace_failed: '{name}: Die Prüfung ist fehlgeschlagen: {reason}',
	locked: '{name}: Ein anderer Lauf prüft diesen Workspace gerade; übersprungen.',
	state_reset: '{name}: Die Zustandsdatei war nicht verwendbar ({problem}); es wird mit einem neuen Zustand begonnen.',
};

const es: WatchCatalogue = {
	config_unreadable: 'No se puede leer el archivo de configuración {file}.',
	config_not_json: 'El archivo de configuración {file} no es JSON válido.',
	config_not_object: '{field} debe ser un objeto JSON.',
	config_no_workspaces: 'La configuración no lista ningún espacio de trabajo: añada al menos uno en "workspaces".',
	config_missing: 'Falta {field}.',
	config_not_text: '{field} debe ser texto.',
	config_not_boolean: '{field} debe ser true o false.',
	config_unknown: '{field} no es un campo conocido.',
	config_inline_secret:
		'{field} escribe un secreto en la propia configuración, lo que se rechaza: indique el nombre de una variable de entorno (tokenEnv, secretEnv, passwordEnv) o de un archivo (tokenFile, passwordFile).',
	config_secret_source: '{field}: indique exactamente uno de {env} o {file}.',
	config_env_unset: '{field}: la variable de entorno {name} no está definida o está vacía.',
	config_file_unreadable: '{field}: no se puede leer el archivo {name}.',
	config_duplicate: '{field}: el nombre “{name}” se usa dos veces.',
	config_name: '{field}: use solo letras, dígitos, puntos, guiones y guiones bajos (da nombre al archivo de estado).',
	config_setting: '{field}: {problem}',
	config_email_no_smtp: '{field}: hay destinatarios de correo, pero ningún bloque smtp indica qué servidor envía el correo.',
	config_smtp_port: '{field}: se espera un número de puerto de 1 a 65535.',
	config_smtp_address: '{field}: se espera una dirección de correo, como licenseapp@example.com.',
	config_smtp_login: '{field}: indique user junto con passwordEnv o passwordFile, o ninguno de ellos.',
	config_smtp_insecure:
		'{field}: la contraseña SMTP cruzaría la red hacia {host} sin cifrar. Configure secure (TLS desde el inicio) o requireTLS (STARTTLS), o allowInsecure: true si de verdad se desea.',
	option_problem:
		'{detail}: opción desconocida, o falta su valor. Uso: licenseapp-watch --config ARCHIVO [--once] [--state-dir CARPETA] [--listen HOST:PUERTO] [--json] [--now ISO]',
	now_invalid: '--now espera una fecha ISO como 2026-01-31T09:00:00Z, no “{value}”.',
	listen_invalid: '--listen espera HOST:PUERTO, como 127.0.0.1:9464, no “{value}”.',
	listen_once: '--listen sirve métricas mientras el watcher sigue en marcha, por eso no va con --once.',
	listening: 'Métricas en http://{address}/metrics',
	room_refused:
		'{name}: la sala de administración rechazó estos avisos ({reason}); fueron a los otros canales, y la sala se intentará de nuevo en la próxima ejecución.',
	room_refused_line:
		'La sala de administración rechazó la publicación ({reason}), por eso esto llega aquí; la sala se intentará de nuevo en la próxima ejecución.',
	email_failed: '{name}: no se pudo enviar el correo: {reason}. Sus avisos se guardan para la próxima ejecución.',
	workspace_failed: '{name}: la comprobación falló: {reason}',
	locked: '{name}: otra ejecución está comprobando este espacio de trabajo; omitido.',
	state_reset: '{name}: no se pudo usar el archivo de estado ({problem}); se empieza con un estado nuevo.',
};

const ptBR: WatchCatalogue = {
	config_unreadable: 'Não foi possível ler o arquivo de configuração {file}.',
	config_not_json: 'O arquivo de configuração {file} não é um JSON válido.',
	config_not_object: '{field} deve ser um objeto JSON.',
	config_no_workspaces: 'A configuração não lista nenhum workspace: adicione pelo menos um em "workspaces".',
	config_missing: '{field} está faltando.',
	config_not_text: '{field} deve ser um texto.',
	config_not_boolean: '{field} deve ser true ou false.',
	config_unknown: '{field} não é um campo conhecido.',
	config_inline_secret:
		'{field} escreve um segredo na própria configuração, o que é recusado: informe o nome de uma variável de ambiente (tokenEnv, secretEnv, passwordEnv) ou de um arquivo (tokenFile, passwordFile).',
	config_secret_source: '{field}: informe exatamente um entre {env} e {file}.',
	config_env_unset: '{field}: a variável de ambiente {name} não está definida ou está vazia.',
	config_file_unreadable: '{field}: não foi possível ler o arquivo {name}.',
	config_duplicate: '{field}: o nome “{name}” é usado duas vezes.',
	config_name: '{field}: use apenas letras, dígitos, pontos, hífens e sublinhados (ele dá nome ao arquivo de estado).',
	config_setting: '{field}: {problem}',
	config_email_no_smtp: '{field}: há destinatários de e-mail, mas nenhum bloco smtp diz qual servidor envia o e-mail.',
	config_smtp_port: '{field}: esperado um número de porta de 1 a 65535.',
	config_smtp_address: '{field}: esperado um endereço de e-mail, como licenseapp@example.com.',
	config_smtp_login: '{field}: informe user junto com passwordEnv ou passwordFile, ou nenhum deles.',
	config_smtp_insecure:
		'{field}: a senha SMTP atravessaria a rede até {host} sem criptografia. Defina secure (TLS desde o início) ou requireTLS (STARTTLS), ou allowInsecure: true se isso for mesmo desejado.',
	option_problem:
		'{detail}: opção desconhecida, ou falta o seu valor. Uso: licenseapp-watch --config ARQUIVO [--once] [--state-dir PASTA] [--listen HOST:PORTA] [--json] [--now ISO]',
	now_invalid: '--now espera uma data ISO como 2026-01-31T09:00:00Z, não “{value}”.',
	listen_invalid: '--listen espera HOST:PORTA, como 127.0.0.1:9464, não “{value}”.',
	listen_once: '--listen serve métricas enquanto o watcher continua rodando, por isso não combina com --once.',
	listening: 'Métricas em http://{address}/metrics',
	room_refused:
		'{name}: a sala de administração recusou estes avisos ({reason}); eles foram para os outros canais, e a sala será tentada de novo na próxima execução.',
	room_refused_line:
		'A sala de administração recusou a publicação ({reason}), por isso isto chegou aqui; a sala será tentada de novo na próxima execução.',
	email_failed: '{name}: o e-mail não pôde ser enviado: {reason}. Seus avisos ficam para a próxima execução.',
	workspace_failed: '{name}: a verificação falhou: {reason}',
	locked: '{name}: outra execução está verificando este workspace; ignorado.',
	state_reset: '{name}: o arquivo de estado não pôde ser usado ({problem}); começando de um estado novo.',
};

export const WATCH_CATALOGUES: Record<Language, WatchCatalogue> = { en, de, es, 'pt-BR': ptBR };

/** The watcher's texts in `language`, with {placeholders} filled as the app fills its own. */
export function watchTexts(language: Language): (key: WatchKey, params?: Params) => string {
	const catalogue = WATCH_CATALOGUES[language];
	return (key, params) => fill(catalogue[key], params);
}
