
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'hourbank' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'hourbank'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'hourbank' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a new ledger directory')
            [CompletionResult]::new('client', 'client', [CompletionResultType]::ParameterValue, 'Add, list, show, change, remove or forget clients')
            [CompletionResult]::new('person', 'person', [CompletionResultType]::ParameterValue, 'Add, list, show, change, remove or forget people and their flex banks')
            [CompletionResult]::new('bank', 'bank', [CompletionResultType]::ParameterValue, 'Buy, list, correct or remove lots of hours')
            [CompletionResult]::new('log-time', 'log-time', [CompletionResultType]::ParameterValue, 'Log work against a client''s bank (or time off with --time-off)')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a timer for a client (one per person)')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the running timer and log the time it ran')
            [CompletionResult]::new('switch', 'switch', [CompletionResultType]::ParameterValue, 'Stop the running timer (logging its time) and start one for another client')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Drop the running timer without logging anything')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'One line per running timer, and per client named (for prompts and tmux)')
            [CompletionResult]::new('entry', 'entry', [CompletionResultType]::ParameterValue, 'List, edit or remove the rows of the time log')
            [CompletionResult]::new('adjust', 'adjust', [CompletionResultType]::ParameterValue, 'Correct a balance (+/- hours), set it, or assert it')
            [CompletionResult]::new('expense', 'expense', [CompletionResultType]::ParameterValue, 'Pass a cost on to a client: billed on its next invoice')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import time rows from another tool''s log')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export the banks as an hledger, ledger or beancount journal, or the whole ledger as a SQLite database')
            [CompletionResult]::new('invoice', 'invoice', [CompletionResultType]::ParameterValue, 'Bill a client for a period, show an issued invoice, or record a payment')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Balances, statements and usage')
            [CompletionResult]::new('statement', 'statement', [CompletionResultType]::ParameterValue, 'A client''s statement of hours and invoices, to send to the client')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Write a static page per client (balance, chart, expiries, recent work, invoices)')
            [CompletionResult]::new('notify-check', 'notify-check', [CompletionResultType]::ParameterValue, 'Send the alerts that are due and were not sent before, and buy the top-ups clients agreed to (for cron)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate the whole ledger (prints nothing when all is well; --format csv or json: one row per finding with file, line, severity, a stable code and the message)')
            [CompletionResult]::new('trust', 'trust', [CompletionResultType]::ParameterValue, 'Trust the delivery settings ([notify] command, to, from, [notify.smtp]) that this ledger''s hourbank.toml sets; a change to them (a pull) needs a new trust')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and change the settings of hourbank.toml (comments are kept)')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Add, change or remove named services and their rates ([services.NAME] rate)')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Undo the latest write (up to the last 20, one at a time), while its files are as it left them')
            [CompletionResult]::new('repair', 'repair', [CompletionResultType]::ParameterValue, 'Clear what interrupted writes left (records that could not be rolled back, temporary files) and rewrite a CSV file with a second header line under one header')
            [CompletionResult]::new('git-setup', 'git-setup', [CompletionResultType]::ParameterValue, 'Set up this clone to merge the ledger with hourbank''s driver (and with --hooks, to refuse a commit of a ledger with errors)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Commit the ledger''s files, pull, check, and push when the ledger is clean')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('merge-driver', 'merge-driver', [CompletionResultType]::ParameterValue, 'Merge a ledger file for git: CSV rows by id, TOML tables by key (set up with `hourbank git-setup`); writes the result to OURS')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hourbank;init' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--example', '--example', [CompletionResultType]::ParameterName, 'Fill it with the bundled example ledger instead of empty files')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;client' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a client')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the clients')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one client''s settings and balance')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a client''s settings (comments in clients.toml are kept)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a client no row refers to')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Replace a client''s personal fields with a placeholder, keeping every row')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hourbank;client;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'bank (prepaid blocks), retainer (monthly hours) or payg (billed as worked)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'active, inactive or prospect (default for add: active)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Where alerts and invoices go')
            [CompletionResult]::new('--billing-email', '--billing-email', [CompletionResultType]::ParameterName, 'Where invoices go, when not to --email (invoice --send)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Postal address printed on invoices')
            [CompletionResult]::new('--street', '--street', [CompletionResultType]::ParameterName, 'The street of the postal address, for e-invoices')
            [CompletionResult]::new('--postcode', '--postcode', [CompletionResultType]::ParameterName, 'The postcode of the postal address, for e-invoices')
            [CompletionResult]::new('--city', '--city', [CompletionResultType]::ParameterName, 'The city of the postal address, for e-invoices')
            [CompletionResult]::new('--buyer-reference', '--buyer-reference', [CompletionResultType]::ParameterName, 'The buyer reference its e-invoices carry (BT-10, e.g. a Leitweg-ID)')
            [CompletionResult]::new('--peppol-id', '--peppol-id', [CompletionResultType]::ParameterName, 'Its Peppol participant id for UBL e-invoices, scheme:id (0208:0123456749)')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Currency code, overriding the settings'' currency')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client hourly rate, e.g. 95.00')
            [CompletionResult]::new('--block-hours', '--block-hours', [CompletionResultType]::ParameterName, 'Bank: hours in one block, e.g. 10:00')
            [CompletionResult]::new('--block-price', '--block-price', [CompletionResultType]::ParameterName, 'Bank: price of one block, e.g. 900.00')
            [CompletionResult]::new('--expiry-months', '--expiry-months', [CompletionResultType]::ParameterName, 'Bank: months a purchase stays valid')
            [CompletionResult]::new('--credit-limit', '--credit-limit', [CompletionResultType]::ParameterName, 'How far below zero log-time may take the balance, e.g. 2:00')
            [CompletionResult]::new('--monthly-hours', '--monthly-hours', [CompletionResultType]::ParameterName, 'Retainer: hours each month')
            [CompletionResult]::new('--monthly-fee', '--monthly-fee', [CompletionResultType]::ParameterName, 'Retainer: fee each month')
            [CompletionResult]::new('--overage-rate', '--overage-rate', [CompletionResultType]::ParameterName, 'Retainer: the rate of the hours beyond the month''s (default: the client''s rate)')
            [CompletionResult]::new('--overage', '--overage', [CompletionResultType]::ParameterName, 'Retainer: a month''s hours beyond its own are billed as overage, or carried into the next month (drawn from its hours first)')
            [CompletionResult]::new('--carry-max', '--carry-max', [CompletionResultType]::ParameterName, 'Retainer with --overage carry: at most these hours carried; beyond them billed')
            [CompletionResult]::new('--rollover-months', '--rollover-months', [CompletionResultType]::ParameterName, 'Retainer: months unused hours stay usable')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'First month of a retainer / first day of the account (YYYY-MM-DD)')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'Last day of a retainer (YYYY-MM-DD)')
            [CompletionResult]::new('--payer', '--payer', [CompletionResultType]::ParameterName, 'Another client id that receives this client''s invoices')
            [CompletionResult]::new('--vat-id', '--vat-id', [CompletionResultType]::ParameterName, 'The client''s VAT or tax id, printed on its invoices')
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'The client''s country, a two-letter code like FR (e-invoices need it)')
            [CompletionResult]::new('--tax-category', '--tax-category', [CompletionResultType]::ParameterName, 'The VAT category of its invoices (S, Z, E, AE, K, G, O, L, M), for e-invoices')
            [CompletionResult]::new('--tax-exemption', '--tax-exemption', [CompletionResultType]::ParameterName, 'Why its invoices are exempt from VAT (printed in e-invoices)')
            [CompletionResult]::new('--low-balance-percent', '--low-balance-percent', [CompletionResultType]::ParameterName, 'Low-balance alert threshold in percent, overriding the settings')
            [CompletionResult]::new('--low-balance-hours', '--low-balance-hours', [CompletionResultType]::ParameterName, 'Low-balance alert threshold in hours (strictly below), overriding the settings')
            [CompletionResult]::new('--block-after-days', '--block-after-days', [CompletionResultType]::ParameterName, 'Days after an invoice''s due date that its being unpaid blocks new work')
            [CompletionResult]::new('--cancellation-levels', '--cancellation-levels', [CompletionResultType]::ParameterName, 'Late-cancellation levels as NOTICE=PERCENT, e.g. 24=100,48=50 (at most 3); `none` never charges, `default` uses the settings'' levels')
            [CompletionResult]::new('--credit-on', '--credit-on', [CompletionResultType]::ParameterName, 'Bank: when bought hours become usable: on the purchase date, or when the invoice billing them is paid in full')
            [CompletionResult]::new('--hide-costs', '--hide-costs', [CompletionResultType]::ParameterName, 'Statements leave out every rate, price and amount (true or false)')
            [CompletionResult]::new('--invoice-detail', '--invoice-detail', [CompletionResultType]::ParameterName, 'Invoices carry their timesheet, as with `invoice --detail` (true or false)')
            [CompletionResult]::new('--discount-percent', '--discount-percent', [CompletionResultType]::ParameterName, 'Discount in percent applied to invoices')
            [CompletionResult]::new('--tax-percent', '--tax-percent', [CompletionResultType]::ParameterName, 'Tax in percent applied to invoices')
            [CompletionResult]::new('--terms-days', '--terms-days', [CompletionResultType]::ParameterName, 'Days until an invoice is due, overriding the settings')
            [CompletionResult]::new('--page-token', '--page-token', [CompletionResultType]::ParameterName, 'The folder name of its page (`publish`): 16 or more letters, digits, - and _ (`--unset page_token`: the next publish draws a new one)')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Free text')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;client;list' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;client;show' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;client;set' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'bank, retainer or payg')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'active, inactive or prospect (default for add: active)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Where alerts and invoices go')
            [CompletionResult]::new('--billing-email', '--billing-email', [CompletionResultType]::ParameterName, 'Where invoices go, when not to --email (invoice --send)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Postal address printed on invoices')
            [CompletionResult]::new('--street', '--street', [CompletionResultType]::ParameterName, 'The street of the postal address, for e-invoices')
            [CompletionResult]::new('--postcode', '--postcode', [CompletionResultType]::ParameterName, 'The postcode of the postal address, for e-invoices')
            [CompletionResult]::new('--city', '--city', [CompletionResultType]::ParameterName, 'The city of the postal address, for e-invoices')
            [CompletionResult]::new('--buyer-reference', '--buyer-reference', [CompletionResultType]::ParameterName, 'The buyer reference its e-invoices carry (BT-10, e.g. a Leitweg-ID)')
            [CompletionResult]::new('--peppol-id', '--peppol-id', [CompletionResultType]::ParameterName, 'Its Peppol participant id for UBL e-invoices, scheme:id (0208:0123456749)')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Currency code, overriding the settings'' currency')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client hourly rate, e.g. 95.00')
            [CompletionResult]::new('--block-hours', '--block-hours', [CompletionResultType]::ParameterName, 'Bank: hours in one block, e.g. 10:00')
            [CompletionResult]::new('--block-price', '--block-price', [CompletionResultType]::ParameterName, 'Bank: price of one block, e.g. 900.00')
            [CompletionResult]::new('--expiry-months', '--expiry-months', [CompletionResultType]::ParameterName, 'Bank: months a purchase stays valid')
            [CompletionResult]::new('--credit-limit', '--credit-limit', [CompletionResultType]::ParameterName, 'How far below zero log-time may take the balance, e.g. 2:00')
            [CompletionResult]::new('--monthly-hours', '--monthly-hours', [CompletionResultType]::ParameterName, 'Retainer: hours each month')
            [CompletionResult]::new('--monthly-fee', '--monthly-fee', [CompletionResultType]::ParameterName, 'Retainer: fee each month')
            [CompletionResult]::new('--overage-rate', '--overage-rate', [CompletionResultType]::ParameterName, 'Retainer: the rate of the hours beyond the month''s (default: the client''s rate)')
            [CompletionResult]::new('--overage', '--overage', [CompletionResultType]::ParameterName, 'Retainer: a month''s hours beyond its own are billed as overage, or carried into the next month (drawn from its hours first)')
            [CompletionResult]::new('--carry-max', '--carry-max', [CompletionResultType]::ParameterName, 'Retainer with --overage carry: at most these hours carried; beyond them billed')
            [CompletionResult]::new('--rollover-months', '--rollover-months', [CompletionResultType]::ParameterName, 'Retainer: months unused hours stay usable')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'First month of a retainer / first day of the account (YYYY-MM-DD)')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'Last day of a retainer (YYYY-MM-DD)')
            [CompletionResult]::new('--payer', '--payer', [CompletionResultType]::ParameterName, 'Another client id that receives this client''s invoices')
            [CompletionResult]::new('--vat-id', '--vat-id', [CompletionResultType]::ParameterName, 'The client''s VAT or tax id, printed on its invoices')
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'The client''s country, a two-letter code like FR (e-invoices need it)')
            [CompletionResult]::new('--tax-category', '--tax-category', [CompletionResultType]::ParameterName, 'The VAT category of its invoices (S, Z, E, AE, K, G, O, L, M), for e-invoices')
            [CompletionResult]::new('--tax-exemption', '--tax-exemption', [CompletionResultType]::ParameterName, 'Why its invoices are exempt from VAT (printed in e-invoices)')
            [CompletionResult]::new('--low-balance-percent', '--low-balance-percent', [CompletionResultType]::ParameterName, 'Low-balance alert threshold in percent, overriding the settings')
            [CompletionResult]::new('--low-balance-hours', '--low-balance-hours', [CompletionResultType]::ParameterName, 'Low-balance alert threshold in hours (strictly below), overriding the settings')
            [CompletionResult]::new('--block-after-days', '--block-after-days', [CompletionResultType]::ParameterName, 'Days after an invoice''s due date that its being unpaid blocks new work')
            [CompletionResult]::new('--cancellation-levels', '--cancellation-levels', [CompletionResultType]::ParameterName, 'Late-cancellation levels as NOTICE=PERCENT, e.g. 24=100,48=50 (at most 3); `none` never charges, `default` uses the settings'' levels')
            [CompletionResult]::new('--credit-on', '--credit-on', [CompletionResultType]::ParameterName, 'Bank: when bought hours become usable: on the purchase date, or when the invoice billing them is paid in full')
            [CompletionResult]::new('--hide-costs', '--hide-costs', [CompletionResultType]::ParameterName, 'Statements leave out every rate, price and amount (true or false)')
            [CompletionResult]::new('--invoice-detail', '--invoice-detail', [CompletionResultType]::ParameterName, 'Invoices carry their timesheet, as with `invoice --detail` (true or false)')
            [CompletionResult]::new('--discount-percent', '--discount-percent', [CompletionResultType]::ParameterName, 'Discount in percent applied to invoices')
            [CompletionResult]::new('--tax-percent', '--tax-percent', [CompletionResultType]::ParameterName, 'Tax in percent applied to invoices')
            [CompletionResult]::new('--terms-days', '--terms-days', [CompletionResultType]::ParameterName, 'Days until an invoice is due, overriding the settings')
            [CompletionResult]::new('--page-token', '--page-token', [CompletionResultType]::ParameterName, 'The folder name of its page (`publish`): 16 or more letters, digits, - and _ (`--unset page_token`: the next publish draws a new one)')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Free text')
            [CompletionResult]::new('--unset', '--unset', [CompletionResultType]::ParameterName, 'Remove a setting, so that the default applies again (repeatable), e.g. `--unset payer --unset rate`')
            [CompletionResult]::new('--service-rate', '--service-rate', [CompletionResultType]::ParameterName, 'The client''s own hourly rate for a service (repeatable), e.g. design=130')
            [CompletionResult]::new('--unset-service-rate', '--unset-service-rate', [CompletionResultType]::ParameterName, 'Remove the client''s own rate for a service (repeatable)')
            [CompletionResult]::new('--multiplier', '--multiplier', [CompletionResultType]::ParameterName, 'The client''s own hour multiplier for a service (repeatable), e.g. emergency=2: its rows charge their hours times it')
            [CompletionResult]::new('--unset-multiplier', '--unset-multiplier', [CompletionResultType]::ParameterName, 'Remove the client''s own multiplier for a service (repeatable)')
            [CompletionResult]::new('--budget', '--budget', [CompletionResultType]::ParameterName, 'A project''s budget in hours (repeatable), e.g. website=40:00')
            [CompletionResult]::new('--budget-period', '--budget-period', [CompletionResultType]::ParameterName, 'What a project''s budget covers: all its work or each month''s, e.g. website=month')
            [CompletionResult]::new('--budget-alert-percent', '--budget-alert-percent', [CompletionResultType]::ParameterName, 'The percentages of a project''s budget at which notify-check alerts, e.g. website=80,100')
            [CompletionResult]::new('--budget-enforce', '--budget-enforce', [CompletionResultType]::ParameterName, 'Whether work beyond a project''s budget is refused (unless --force), e.g. website=true')
            [CompletionResult]::new('--topup-below', '--topup-below', [CompletionResultType]::ParameterName, 'Bank: buy blocks automatically (notify-check) when the available hours fall below this, e.g. 2:00 (`--unset topup` stops it)')
            [CompletionResult]::new('--topup-blocks', '--topup-blocks', [CompletionResultType]::ParameterName, 'Bank: how many blocks a top-up buys (default 1)')
            [CompletionResult]::new('--unset-budget', '--unset-budget', [CompletionResultType]::ParameterName, 'Remove a project''s budget (repeatable)')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Change the type or the overage rule of a client that has rows (its whole history is read anew)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;client;remove' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;client;forget' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--invoices', '--invoices', [CompletionResultType]::ParameterName, 'Also replace the name and address the issued invoices keep (most countries require keeping invoices as issued: check before you use it)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;client;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a client')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the clients')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one client''s settings and balance')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a client''s settings (comments in clients.toml are kept)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a client no row refers to')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Replace a client''s personal fields with a placeholder, keeping every row')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hourbank;client;help;add' {
            break
        }
        'hourbank;client;help;list' {
            break
        }
        'hourbank;client;help;show' {
            break
        }
        'hourbank;client;help;set' {
            break
        }
        'hourbank;client;help;remove' {
            break
        }
        'hourbank;client;help;forget' {
            break
        }
        'hourbank;client;help;help' {
            break
        }
        'hourbank;person' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a person (people.toml is created when it does not exist)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the people with their weekly schedule and banks')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one person''s settings, each bank''s balance and its accrual lots')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a person''s settings (comments in people.toml are kept)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a person no row refers to')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Replace a person''s personal fields with a placeholder, keeping every row')
            [CompletionResult]::new('bank', 'bank', [CompletionResultType]::ParameterValue, 'Add, change or remove a person''s flex bank')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hourbank;person;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Where flex alerts go')
            [CompletionResult]::new('--schedule', '--schedule', [CompletionResultType]::ParameterName, 'Scheduled hours per weekday: mon=8:00,tue=8:00,... (a missing day is 0)')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;person;list' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;person;show' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;person;set' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Where flex alerts go')
            [CompletionResult]::new('--schedule', '--schedule', [CompletionResultType]::ParameterName, 'Scheduled hours per weekday: mon=8:00,tue=8:00,... (a missing day is 0)')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;person;remove' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;person;forget' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;person;bank' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a flex bank to a person')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a person''s flex bank')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a flex bank no adjustment refers to')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hourbank;person;bank;add' {
            [CompletionResult]::new('--rule', '--rule', [CompletionResultType]::ParameterName, 'weekly-overtime (Monday..Sunday weeks) or daily-overtime (required for add)')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'The first day the bank counts (required for add)')
            [CompletionResult]::new('--opening', '--opening', [CompletionResultType]::ParameterName, 'Balance booked on the start day, never expiring (negative: starts below zero)')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'Accrual above this is forfeited ("none": no cap)')
            [CompletionResult]::new('--min', '--min', [CompletionResultType]::ParameterName, 'How far below zero periods may take the balance (0 or negative)')
            [CompletionResult]::new('--expiry-months', '--expiry-months', [CompletionResultType]::ParameterName, 'Each period''s accrual expires after N months (0: never)')
            [CompletionResult]::new('--include-time-off', '--include-time-off', [CompletionResultType]::ParameterName, 'Count time-off rows as hours worked (`--include-time-off false` to stop)')
            [CompletionResult]::new('--accrual-multiplier', '--accrual-multiplier', [CompletionResultType]::ParameterName, 'Credit positive periods at this factor, e.g. 1.5 (time off in lieu)')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;person;bank;set' {
            [CompletionResult]::new('--rule', '--rule', [CompletionResultType]::ParameterName, 'weekly-overtime (Monday..Sunday weeks) or daily-overtime (required for add)')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'The first day the bank counts (required for add)')
            [CompletionResult]::new('--opening', '--opening', [CompletionResultType]::ParameterName, 'Balance booked on the start day, never expiring (negative: starts below zero)')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'Accrual above this is forfeited ("none": no cap)')
            [CompletionResult]::new('--min', '--min', [CompletionResultType]::ParameterName, 'How far below zero periods may take the balance (0 or negative)')
            [CompletionResult]::new('--expiry-months', '--expiry-months', [CompletionResultType]::ParameterName, 'Each period''s accrual expires after N months (0: never)')
            [CompletionResult]::new('--include-time-off', '--include-time-off', [CompletionResultType]::ParameterName, 'Count time-off rows as hours worked (`--include-time-off false` to stop)')
            [CompletionResult]::new('--accrual-multiplier', '--accrual-multiplier', [CompletionResultType]::ParameterName, 'Credit positive periods at this factor, e.g. 1.5 (time off in lieu)')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;person;bank;remove' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;person;bank;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a flex bank to a person')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a person''s flex bank')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a flex bank no adjustment refers to')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hourbank;person;bank;help;add' {
            break
        }
        'hourbank;person;bank;help;set' {
            break
        }
        'hourbank;person;bank;help;remove' {
            break
        }
        'hourbank;person;bank;help;help' {
            break
        }
        'hourbank;person;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a person (people.toml is created when it does not exist)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the people with their weekly schedule and banks')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one person''s settings, each bank''s balance and its accrual lots')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a person''s settings (comments in people.toml are kept)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a person no row refers to')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Replace a person''s personal fields with a placeholder, keeping every row')
            [CompletionResult]::new('bank', 'bank', [CompletionResultType]::ParameterValue, 'Add, change or remove a person''s flex bank')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hourbank;person;help;add' {
            break
        }
        'hourbank;person;help;list' {
            break
        }
        'hourbank;person;help;show' {
            break
        }
        'hourbank;person;help;set' {
            break
        }
        'hourbank;person;help;remove' {
            break
        }
        'hourbank;person;help;forget' {
            break
        }
        'hourbank;person;help;bank' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a flex bank to a person')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a person''s flex bank')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a flex bank no adjustment refers to')
            break
        }
        'hourbank;person;help;bank;add' {
            break
        }
        'hourbank;person;help;bank;set' {
            break
        }
        'hourbank;person;help;bank;remove' {
            break
        }
        'hourbank;person;help;help' {
            break
        }
        'hourbank;bank' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('buy', 'buy', [CompletionResultType]::ParameterValue, 'Record a purchase of hours (a lot)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a client''s lots with used, expired and remaining hours')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Correct a purchase entered wrongly (rewrites purchases.csv atomically)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a purchase entered by mistake (rewrites purchases.csv atomically)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hourbank;bank;buy' {
            [CompletionResult]::new('--blocks', '--blocks', [CompletionResultType]::ParameterName, 'Number of blocks, priced from the client''s block_hours and block_price')
            [CompletionResult]::new('--hours', '--hours', [CompletionResultType]::ParameterName, 'Hours bought, e.g. 10 or 7:30')
            [CompletionResult]::new('--price', '--price', [CompletionResultType]::ParameterName, 'Price of the purchase (with --hours)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Date of the purchase (default: today)')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'Last day the hours can be used (default: from expiry_months)')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only work on this project may use these hours')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Free text')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--never-expires', '--never-expires', [CompletionResultType]::ParameterName, 'The hours never expire')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Record it while an overdue invoice blocks the client')
            [CompletionResult]::new('--invoice', '--invoice', [CompletionResultType]::ParameterName, 'Invoice this lot alone at once (dated the purchase date; a later invoice of the period does not bill it again)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be written, write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;bank;list' {
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Show the lots as of this date (default: today)')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;bank;edit' {
            [CompletionResult]::new('--hours', '--hours', [CompletionResultType]::ParameterName, 'New hours')
            [CompletionResult]::new('--price', '--price', [CompletionResultType]::ParameterName, 'New price')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'New last day of validity')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'New note')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--never-expires', '--never-expires', [CompletionResultType]::ParameterName, 'The hours never expire')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Change the hours or price of a lot already invoiced (the next invoice bills the difference)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the change, write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;bank;remove' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Remove a lot already invoiced (the next invoice credits it)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the change, write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;bank;help' {
            [CompletionResult]::new('buy', 'buy', [CompletionResultType]::ParameterValue, 'Record a purchase of hours (a lot)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a client''s lots with used, expired and remaining hours')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Correct a purchase entered wrongly (rewrites purchases.csv atomically)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a purchase entered by mistake (rewrites purchases.csv atomically)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hourbank;bank;help;buy' {
            break
        }
        'hourbank;bank;help;list' {
            break
        }
        'hourbank;bank;help;edit' {
            break
        }
        'hourbank;bank;help;remove' {
            break
        }
        'hourbank;bank;help;help' {
            break
        }
        'hourbank;log-time' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Date of the work (default: today)')
            [CompletionResult]::new('--person', '--person', [CompletionResultType]::ParameterName, 'Who worked (default: $HOURBANK_USER when it is a person id, else no one)')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project the work belongs to (project lots are used first)')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'Service, for its rate (see [services] and the client''s rates)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Hourly rate for this row, overriding every other rate')
            [CompletionResult]::new('--notice', '--notice', [CompletionResultType]::ParameterName, 'How long before the booking it was cancelled (with --cancelled), e.g. 36 or 1:30')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Free text')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--non-billable', '--non-billable', [CompletionResultType]::ParameterName, 'Record the time but charge nothing')
            [CompletionResult]::new('--time-off', '--time-off', [CompletionResultType]::ParameterName, 'Time off for --person (no client)')
            [CompletionResult]::new('--cancelled', '--cancelled', [CompletionResultType]::ParameterName, 'A booking cancelled late: DURATION is the booked time, charged by the cancellation policy on --notice')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Log even beyond the client''s credit limit, outside a retainer''s start..end, or while an overdue invoice blocks the client')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be written, write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;start' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project the work belongs to')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'Service, for its rate')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Free text, written on the logged rows')
            [CompletionResult]::new('--person', '--person', [CompletionResultType]::ParameterName, 'Whose timer (default: $HOURBANK_USER)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Start at this time earlier today (HH:MM) instead of now')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be written, write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;stop' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Stop at this time earlier today (HH:MM) instead of now')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'The logged rows'' note (default: the timer''s)')
            [CompletionResult]::new('--person', '--person', [CompletionResultType]::ParameterName, 'Whose timer (default: $HOURBANK_USER)')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Log even beyond the client''s credit limit, outside a retainer''s start..end, or while an overdue invoice blocks the client')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be logged, write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;switch' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project the work belongs to')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'Service, for its rate')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Free text, written on the logged rows')
            [CompletionResult]::new('--person', '--person', [CompletionResultType]::ParameterName, 'Whose timer (default: $HOURBANK_USER)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Start at this time earlier today (HH:MM) instead of now')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be written, write nothing')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Log the stopped timer''s time even beyond the credit limit, outside a retainer''s start..end, or while an overdue invoice blocks the client')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;cancel' {
            [CompletionResult]::new('--person', '--person', [CompletionResultType]::ParameterName, 'Whose timer (default: $HOURBANK_USER)')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be dropped, write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;status' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--alerts', '--alerts', [CompletionResultType]::ParameterName, 'Also every client with an alert due')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;entry' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List time rows with the invoice that billed each (--unbilled: work in progress)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a time row (charged is recomputed when hours, billable, service or client change)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a time row')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hourbank;entry;list' {
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Only this client''s rows')
            [CompletionResult]::new('--person', '--person', [CompletionResultType]::ParameterName, 'Only this person''s rows')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only rows of this project')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'A period (today, yesterday, thisweek, lastweek, thismonth, lastmonth, thisyear, 2026-11, 2026-Q4, 2026): its first and last day as --from and --to')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A period (today, yesterday, thisweek, lastweek, thismonth, lastmonth, thisyear, 2026-11, 2026-Q4, 2026): its first and last day as --from and --to')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day included (a month: its first day)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day included (a month: its last day; default: today, or for `report usage` the last row)')
            [CompletionResult]::new('--grep', '--grep', [CompletionResultType]::ParameterName, 'Only rows whose note holds this text (in any case)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only rows of this kind')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the list to this file (atomically) instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the list to this file (atomically) instead of stdout')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--unbilled', '--unbilled', [CompletionResultType]::ParameterName, 'Only billable rows of pay-as-you-go clients that no invoice has billed yet')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;entry;edit' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'A new date')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Move the row to another client')
            [CompletionResult]::new('--hours', '--hours', [CompletionResultType]::ParameterName, 'The time worked (or booked, for a cancellation)')
            [CompletionResult]::new('--person', '--person', [CompletionResultType]::ParameterName, 'Who worked')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project (`--project ""` clears it)')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'The service (`--service ""` clears it)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'The row''s own hourly rate')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'The note')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--no-rate', '--no-rate', [CompletionResultType]::ParameterName, 'Remove the row''s own rate (the client''s rates apply again)')
            [CompletionResult]::new('--billable', '--billable', [CompletionResultType]::ParameterName, 'Make the row billable')
            [CompletionResult]::new('--non-billable', '--non-billable', [CompletionResultType]::ParameterName, 'Make the row not billable (it charges nothing)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Edit even beyond the credit limit, outside a retainer''s start..end, or while an overdue invoice blocks the client')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;entry;remove' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Remove even while an overdue invoice blocks the client')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be removed, write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;entry;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List time rows with the invoice that billed each (--unbilled: work in progress)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a time row (charged is recomputed when hours, billable, service or client change)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a time row')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hourbank;entry;help;list' {
            break
        }
        'hourbank;entry;help;edit' {
            break
        }
        'hourbank;entry;help;remove' {
            break
        }
        'hourbank;entry;help;help' {
            break
        }
        'hourbank;adjust' {
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'After the day''s work the balance becomes exactly this')
            [CompletionResult]::new('--assert', '--assert', [CompletionResultType]::ParameterName, 'After the day''s work the balance must be exactly this (checked by `check`)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (required)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Date of the adjustment (default: today; may be in the future)')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'Last day hours added by this adjustment can be used')
            [CompletionResult]::new('--bank', '--bank', [CompletionResultType]::ParameterName, 'A person''s bank (flex time) instead of a client''s')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be written, write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;expense' {
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'What it was (the invoice line''s description; required)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Date of the expense (default: today)')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be written, write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an expense entered by mistake (rewrites expenses.csv atomically)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hourbank;expense;remove' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Remove an expense already invoiced (the next invoice credits it)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the change, write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;expense;help' {
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an expense entered by mistake (rewrites expenses.csv atomically)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hourbank;expense;help;remove' {
            break
        }
        'hourbank;expense;help;help' {
            break
        }
        'hourbank;import' {
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Book every entry on this client')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'A TOML file mapping the source''s names to clients ([clients]), projects ([projects]) and people ([people])')
            [CompletionResult]::new('--person', '--person', [CompletionResultType]::ParameterName, 'The person the rows name (default: $HOURBANK_USER when it is a person id)')
            [CompletionResult]::new('--date-format', '--date-format', [CompletionResultType]::ParameterName, 'How slashed dates of a CSV export read: mdy (03/04/2024 is March 4) or dmy (default: what the file allows; refused while both readings fit every row)')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Import even beyond a client''s credit limit or while an overdue invoice blocks it')
            [CompletionResult]::new('--allow-long-sessions', '--allow-long-sessions', [CompletionResultType]::ParameterName, 'timeclock, timewarrior: read sessions longer than 24 hours (refused by default: a typo in a date makes one of thousands of hours)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show per client and month what would be added, write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;export' {
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Export the events a report as of this date counts (default: today)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the journal to this file (atomically) instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the journal to this file (atomically) instead of stdout')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;invoice' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'Bill this calendar month')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Bill a period (lastmonth, thismonth, lastweek, 2026-11, 2026-Q4, 2026, ...)')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'Bill a period (lastmonth, thismonth, lastweek, 2026-11, 2026-Q4, 2026, ...)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day of the period billed')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day of the period billed')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Date of the invoice (default: today)')
            [CompletionResult]::new('--show', '--show', [CompletionResultType]::ParameterName, 'Show an issued invoice again, exactly as it was recorded')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the document (html, cii, csv, json) to this file, atomically, instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the document (html, cii, csv, json) to this file, atomically, instead of stdout')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Bill every client with something to bill in the period, in one write')
            [CompletionResult]::new('--detail', '--detail', [CompletionResultType]::ParameterName, 'Add a timesheet: every billed time row (date, person, project, note, hours) under the line that bills it')
            [CompletionResult]::new('--send', '--send', [CompletionResultType]::ParameterName, 'Mail the invoice to the client''s billing_email (else email), with its PDF and e-invoice, through [notify]; recorded in invoices.csv')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the invoice without a number, record nothing (with --send: print the message instead of sending it)')
            [CompletionResult]::new('--allow-zero', '--allow-zero', [CompletionResultType]::ParameterName, 'Issue the invoice even when lines are at a rate of 0.00')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Bill a period that has not ended on the invoice''s date; with --show and --send, send an invoice that was sent before again')
            [CompletionResult]::new('--corrections-only', '--corrections-only', [CompletionResultType]::ParameterName, 'Bill only the pending corrections of periods already invoiced (no new period)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('pay', 'pay', [CompletionResultType]::ParameterValue, 'Record a payment against an invoice')
            [CompletionResult]::new('credit', 'credit', [CompletionResultType]::ParameterValue, 'Issue a credit note: void an invoice (--all) or credit part of it')
            [CompletionResult]::new('renumber', 'renumber', [CompletionResultType]::ParameterValue, 'Give the later-issued of two invoices with one number (two clones each issued it) the next free number, with its lines and payments')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hourbank;invoice;pay' {
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Amount paid (default: what is outstanding; for a credit note, the refund, negative)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Date of the payment (default: today)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Free text')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be recorded, record nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;invoice;credit' {
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Credit this amount before tax (tax is added at the invoice''s rate)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (printed on the credit note; required with --amount)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Date of the credit note (default: today)')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Reverse every line of the invoice (void it)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the credit note without a number, record nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;invoice;renumber' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the new numbers; change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;invoice;help' {
            [CompletionResult]::new('pay', 'pay', [CompletionResultType]::ParameterValue, 'Record a payment against an invoice')
            [CompletionResult]::new('credit', 'credit', [CompletionResultType]::ParameterValue, 'Issue a credit note: void an invoice (--all) or credit part of it')
            [CompletionResult]::new('renumber', 'renumber', [CompletionResultType]::ParameterValue, 'Give the later-issued of two invoices with one number (two clones each issued it) the next free number, with its lines and payments')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hourbank;invoice;help;pay' {
            break
        }
        'hourbank;invoice;help;credit' {
            break
        }
        'hourbank;invoice;help;renumber' {
            break
        }
        'hourbank;invoice;help;help' {
            break
        }
        'hourbank;report' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('balances', 'balances', [CompletionResultType]::ParameterValue, 'Every client''s purchased, consumed, expired and available hours')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'One client''s statement: every purchase, work row, adjustment and expiry with a running balance')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Hours and billable amounts grouped by day, week, month, year, client, person, project or service')
            [CompletionResult]::new('invoices', 'invoices', [CompletionResultType]::ParameterValue, 'Issued invoices with what is paid and outstanding')
            [CompletionResult]::new('flex', 'flex', [CompletionResultType]::ParameterValue, 'Every person''s flex-time banks: balance, accrued, used, expired, forfeited')
            [CompletionResult]::new('burndown', 'burndown', [CompletionResultType]::ParameterValue, 'A client''s available hours over time (or a flex bank''s balance) as a chart')
            [CompletionResult]::new('budgets', 'budgets', [CompletionResultType]::ParameterValue, 'Every project budget: hours budgeted, used and left in its period')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hourbank;report;balances' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'A period (today, yesterday, thisweek, lastweek, thismonth, lastmonth, thisyear, 2026-11, 2026-Q4, 2026): as of its last day')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A period (today, yesterday, thisweek, lastweek, thismonth, lastmonth, thisyear, 2026-11, 2026-Q4, 2026): as of its last day')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Balances as of this date (default: today); lots expiring that day still count')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Only this client')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only clients of this type (bank, retainer, payg)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only clients with this status (active, inactive, prospect)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to this file (atomically) instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to this file (atomically) instead of stdout')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;report;history' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'A period (today, yesterday, thisweek, lastweek, thismonth, lastmonth, thisyear, 2026-11, 2026-Q4, 2026): its first and last day as --from and --to')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A period (today, yesterday, thisweek, lastweek, thismonth, lastmonth, thisyear, 2026-11, 2026-Q4, 2026): its first and last day as --from and --to')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day included (a month: its first day)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day included (a month: its last day; default: today, or for `report usage` the last row)')
            [CompletionResult]::new('--bank', '--bank', [CompletionResultType]::ParameterName, 'A person''s flex bank: its statement with each period''s worked and scheduled hours')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to this file (atomically) instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to this file (atomically) instead of stdout')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;report;usage' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'A period (today, yesterday, thisweek, lastweek, thismonth, lastmonth, thisyear, 2026-11, 2026-Q4, 2026): its first and last day as --from and --to')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A period (today, yesterday, thisweek, lastweek, thismonth, lastmonth, thisyear, 2026-11, 2026-Q4, 2026): its first and last day as --from and --to')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day included (a month: its first day)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day included (a month: its last day; default: today, or for `report usage` the last row)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Group by these keys, in order: day, week, month, year, client, person, project, service, kind')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Only this client''s rows')
            [CompletionResult]::new('--person', '--person', [CompletionResultType]::ParameterName, 'Only this person''s rows')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only rows of this project')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'Only rows of this service')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to this file (atomically) instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to this file (atomically) instead of stdout')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;report;invoices' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'A period (today, yesterday, thisweek, lastweek, thismonth, lastmonth, thisyear, 2026-11, 2026-Q4, 2026): the invoices dated in it, as of its last day')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A period (today, yesterday, thisweek, lastweek, thismonth, lastmonth, thisyear, 2026-11, 2026-Q4, 2026): the invoices dated in it, as of its last day')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The invoices dated up to this date, with paid, outstanding and status as they were that day (default: today)')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Only the invoices of this client (as the client billed or as its payer)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only invoices with this status as of the date: open, paid, overdue, refund_due, void or applied')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to this file (atomically) instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to this file (atomically) instead of stdout')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--outstanding', '--outstanding', [CompletionResultType]::ParameterName, 'Only invoices not paid in full')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;report;flex' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'A period (today, yesterday, thisweek, lastweek, thismonth, lastmonth, thisyear, 2026-11, 2026-Q4, 2026): as of its last day')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A period (today, yesterday, thisweek, lastweek, thismonth, lastmonth, thisyear, 2026-11, 2026-Q4, 2026): as of its last day')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Balances as of this date (default: today); the period holding it is in progress')
            [CompletionResult]::new('--person', '--person', [CompletionResultType]::ParameterName, 'Only this person''s banks')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to this file (atomically) instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to this file (atomically) instead of stdout')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;report;burndown' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'A period (today, yesterday, thisweek, lastweek, thismonth, lastmonth, thisyear, 2026-11, 2026-Q4, 2026): its first and last day as --from and --to')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A period (today, yesterday, thisweek, lastweek, thismonth, lastmonth, thisyear, 2026-11, 2026-Q4, 2026): its first and last day as --from and --to')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day included (a month: its first day)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day included (a month: its last day; default: today, or for `report usage` the last row)')
            [CompletionResult]::new('--bank', '--bank', [CompletionResultType]::ParameterName, 'A person''s flex bank: its balance per period')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the chart to this file (atomically) instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the chart to this file (atomically) instead of stdout')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;report;budgets' {
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Only this client''s budgets')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'As of this date (default: today): a monthly budget shows the month holding it')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to this file (atomically) instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to this file (atomically) instead of stdout')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;report;help' {
            [CompletionResult]::new('balances', 'balances', [CompletionResultType]::ParameterValue, 'Every client''s purchased, consumed, expired and available hours')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'One client''s statement: every purchase, work row, adjustment and expiry with a running balance')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Hours and billable amounts grouped by day, week, month, year, client, person, project or service')
            [CompletionResult]::new('invoices', 'invoices', [CompletionResultType]::ParameterValue, 'Issued invoices with what is paid and outstanding')
            [CompletionResult]::new('flex', 'flex', [CompletionResultType]::ParameterValue, 'Every person''s flex-time banks: balance, accrued, used, expired, forfeited')
            [CompletionResult]::new('burndown', 'burndown', [CompletionResultType]::ParameterValue, 'A client''s available hours over time (or a flex bank''s balance) as a chart')
            [CompletionResult]::new('budgets', 'budgets', [CompletionResultType]::ParameterValue, 'Every project budget: hours budgeted, used and left in its period')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hourbank;report;help;balances' {
            break
        }
        'hourbank;report;help;history' {
            break
        }
        'hourbank;report;help;usage' {
            break
        }
        'hourbank;report;help;invoices' {
            break
        }
        'hourbank;report;help;flex' {
            break
        }
        'hourbank;report;help;burndown' {
            break
        }
        'hourbank;report;help;budgets' {
            break
        }
        'hourbank;report;help;help' {
            break
        }
        'hourbank;statement' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'A period (today, yesterday, thisweek, lastweek, thismonth, lastmonth, thisyear, 2026-11, 2026-Q4, 2026): its first and last day as --from and --to')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A period (today, yesterday, thisweek, lastweek, thismonth, lastmonth, thisyear, 2026-11, 2026-Q4, 2026): its first and last day as --from and --to')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day included (a month: its first day)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day included (a month: its last day; default: today, or for `report usage` the last row)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the statement to this file (atomically) instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the statement to this file (atomically) instead of stdout')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--send', '--send', [CompletionResultType]::ParameterName, 'E-mail it to the client''s `email` (HTML with a text part) through `[notify]`''s command or SMTP server')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'With --send: print the message instead of sending it')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;publish' {
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Regenerate this client''s folder alone')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The pages as of this date (default: today)')
            [CompletionResult]::new('--office', '--office', [CompletionResultType]::ParameterName, 'Also write the office''s overview of every page (names, balances, links) to this file, which must lie outside DIR')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;notify-check' {
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Check as of this date (default: today)')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be sent; send and record nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;check' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--structural', '--structural', [CompletionResultType]::ParameterName, 'Exit 1 only for errors that stop every write (a file that cannot be read, a conflict marker, a second header line), not for merge leftovers that stop one client''s writes nor for a failed balance assertion (what the pre-commit hook of `git-setup --hooks` runs)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;trust' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--show', '--show', [CompletionResultType]::ParameterName, 'Print the delivery settings hourbank.toml sets and whether they are trusted')
            [CompletionResult]::new('--revoke', '--revoke', [CompletionResultType]::ParameterName, 'Forget the trust given to this ledger')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;config' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the value in force of a setting (its default when the file has none)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a setting (a number, true or false, a [list] or text)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a setting from hourbank.toml: its default applies again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hourbank;config;get' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;config;set' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;config;unset' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;config;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the value in force of a setting (its default when the file has none)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a setting (a number, true or false, a [list] or text)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a setting from hourbank.toml: its default applies again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hourbank;config;help;get' {
            break
        }
        'hourbank;config;help;set' {
            break
        }
        'hourbank;config;help;unset' {
            break
        }
        'hourbank;config;help;help' {
            break
        }
        'hourbank;service' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a service with its hourly rate')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a service''s hourly rate')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a service (refused while time rows name it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hourbank;service;add' {
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Its hourly rate')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;service;set' {
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Its hourly rate')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;service;remove' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;service;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a service with its hourly rate')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a service''s hourly rate')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a service (refused while time rows name it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hourbank;service;help;add' {
            break
        }
        'hourbank;service;help;set' {
            break
        }
        'hourbank;service;help;remove' {
            break
        }
        'hourbank;service;help;help' {
            break
        }
        'hourbank;undo' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--list', '--list', [CompletionResultType]::ParameterName, 'List the writes that can be undone, newest first (time, user, command line)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be undone, change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;repair' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be cleared; change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;git-setup' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('--hooks', '--hooks', [CompletionResultType]::ParameterName, 'Also install a pre-commit hook that runs `hourbank check --structural`')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be set up; change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;sync' {
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'The commit message (default: `hourbank sync by USER`)')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'The commit message (default: `hourbank sync by USER`)')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;completions' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;merge-driver' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'How reports print hours: decimal (1.50) or hm (1:30)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print the confirmation of a write')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Print tables at full width (by default they fit the terminal, or $COLUMNS)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'hourbank;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a new ledger directory')
            [CompletionResult]::new('client', 'client', [CompletionResultType]::ParameterValue, 'Add, list, show, change, remove or forget clients')
            [CompletionResult]::new('person', 'person', [CompletionResultType]::ParameterValue, 'Add, list, show, change, remove or forget people and their flex banks')
            [CompletionResult]::new('bank', 'bank', [CompletionResultType]::ParameterValue, 'Buy, list, correct or remove lots of hours')
            [CompletionResult]::new('log-time', 'log-time', [CompletionResultType]::ParameterValue, 'Log work against a client''s bank (or time off with --time-off)')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a timer for a client (one per person)')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the running timer and log the time it ran')
            [CompletionResult]::new('switch', 'switch', [CompletionResultType]::ParameterValue, 'Stop the running timer (logging its time) and start one for another client')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Drop the running timer without logging anything')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'One line per running timer, and per client named (for prompts and tmux)')
            [CompletionResult]::new('entry', 'entry', [CompletionResultType]::ParameterValue, 'List, edit or remove the rows of the time log')
            [CompletionResult]::new('adjust', 'adjust', [CompletionResultType]::ParameterValue, 'Correct a balance (+/- hours), set it, or assert it')
            [CompletionResult]::new('expense', 'expense', [CompletionResultType]::ParameterValue, 'Pass a cost on to a client: billed on its next invoice')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import time rows from another tool''s log')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export the banks as an hledger, ledger or beancount journal, or the whole ledger as a SQLite database')
            [CompletionResult]::new('invoice', 'invoice', [CompletionResultType]::ParameterValue, 'Bill a client for a period, show an issued invoice, or record a payment')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Balances, statements and usage')
            [CompletionResult]::new('statement', 'statement', [CompletionResultType]::ParameterValue, 'A client''s statement of hours and invoices, to send to the client')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Write a static page per client (balance, chart, expiries, recent work, invoices)')
            [CompletionResult]::new('notify-check', 'notify-check', [CompletionResultType]::ParameterValue, 'Send the alerts that are due and were not sent before, and buy the top-ups clients agreed to (for cron)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate the whole ledger (prints nothing when all is well; --format csv or json: one row per finding with file, line, severity, a stable code and the message)')
            [CompletionResult]::new('trust', 'trust', [CompletionResultType]::ParameterValue, 'Trust the delivery settings ([notify] command, to, from, [notify.smtp]) that this ledger''s hourbank.toml sets; a change to them (a pull) needs a new trust')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and change the settings of hourbank.toml (comments are kept)')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Add, change or remove named services and their rates ([services.NAME] rate)')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Undo the latest write (up to the last 20, one at a time), while its files are as it left them')
            [CompletionResult]::new('repair', 'repair', [CompletionResultType]::ParameterValue, 'Clear what interrupted writes left (records that could not be rolled back, temporary files) and rewrite a CSV file with a second header line under one header')
            [CompletionResult]::new('git-setup', 'git-setup', [CompletionResultType]::ParameterValue, 'Set up this clone to merge the ledger with hourbank''s driver (and with --hooks, to refuse a commit of a ledger with errors)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Commit the ledger''s files, pull, check, and push when the ledger is clean')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('merge-driver', 'merge-driver', [CompletionResultType]::ParameterValue, 'Merge a ledger file for git: CSV rows by id, TOML tables by key (set up with `hourbank git-setup`); writes the result to OURS')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hourbank;help;init' {
            break
        }
        'hourbank;help;client' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a client')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the clients')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one client''s settings and balance')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a client''s settings (comments in clients.toml are kept)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a client no row refers to')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Replace a client''s personal fields with a placeholder, keeping every row')
            break
        }
        'hourbank;help;client;add' {
            break
        }
        'hourbank;help;client;list' {
            break
        }
        'hourbank;help;client;show' {
            break
        }
        'hourbank;help;client;set' {
            break
        }
        'hourbank;help;client;remove' {
            break
        }
        'hourbank;help;client;forget' {
            break
        }
        'hourbank;help;person' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a person (people.toml is created when it does not exist)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the people with their weekly schedule and banks')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one person''s settings, each bank''s balance and its accrual lots')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a person''s settings (comments in people.toml are kept)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a person no row refers to')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Replace a person''s personal fields with a placeholder, keeping every row')
            [CompletionResult]::new('bank', 'bank', [CompletionResultType]::ParameterValue, 'Add, change or remove a person''s flex bank')
            break
        }
        'hourbank;help;person;add' {
            break
        }
        'hourbank;help;person;list' {
            break
        }
        'hourbank;help;person;show' {
            break
        }
        'hourbank;help;person;set' {
            break
        }
        'hourbank;help;person;remove' {
            break
        }
        'hourbank;help;person;forget' {
            break
        }
        'hourbank;help;person;bank' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a flex bank to a person')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a person''s flex bank')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a flex bank no adjustment refers to')
            break
        }
        'hourbank;help;person;bank;add' {
            break
        }
        'hourbank;help;person;bank;set' {
            break
        }
        'hourbank;help;person;bank;remove' {
            break
        }
        'hourbank;help;bank' {
            [CompletionResult]::new('buy', 'buy', [CompletionResultType]::ParameterValue, 'Record a purchase of hours (a lot)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a client''s lots with used, expired and remaining hours')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Correct a purchase entered wrongly (rewrites purchases.csv atomically)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a purchase entered by mistake (rewrites purchases.csv atomically)')
            break
        }
        'hourbank;help;bank;buy' {
            break
        }
        'hourbank;help;bank;list' {
            break
        }
        'hourbank;help;bank;edit' {
            break
        }
        'hourbank;help;bank;remove' {
            break
        }
        'hourbank;help;log-time' {
            break
        }
        'hourbank;help;start' {
            break
        }
        'hourbank;help;stop' {
            break
        }
        'hourbank;help;switch' {
            break
        }
        'hourbank;help;cancel' {
            break
        }
        'hourbank;help;status' {
            break
        }
        'hourbank;help;entry' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List time rows with the invoice that billed each (--unbilled: work in progress)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a time row (charged is recomputed when hours, billable, service or client change)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a time row')
            break
        }
        'hourbank;help;entry;list' {
            break
        }
        'hourbank;help;entry;edit' {
            break
        }
        'hourbank;help;entry;remove' {
            break
        }
        'hourbank;help;adjust' {
            break
        }
        'hourbank;help;expense' {
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an expense entered by mistake (rewrites expenses.csv atomically)')
            break
        }
        'hourbank;help;expense;remove' {
            break
        }
        'hourbank;help;import' {
            break
        }
        'hourbank;help;export' {
            break
        }
        'hourbank;help;invoice' {
            [CompletionResult]::new('pay', 'pay', [CompletionResultType]::ParameterValue, 'Record a payment against an invoice')
            [CompletionResult]::new('credit', 'credit', [CompletionResultType]::ParameterValue, 'Issue a credit note: void an invoice (--all) or credit part of it')
            [CompletionResult]::new('renumber', 'renumber', [CompletionResultType]::ParameterValue, 'Give the later-issued of two invoices with one number (two clones each issued it) the next free number, with its lines and payments')
            break
        }
        'hourbank;help;invoice;pay' {
            break
        }
        'hourbank;help;invoice;credit' {
            break
        }
        'hourbank;help;invoice;renumber' {
            break
        }
        'hourbank;help;report' {
            [CompletionResult]::new('balances', 'balances', [CompletionResultType]::ParameterValue, 'Every client''s purchased, consumed, expired and available hours')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'One client''s statement: every purchase, work row, adjustment and expiry with a running balance')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Hours and billable amounts grouped by day, week, month, year, client, person, project or service')
            [CompletionResult]::new('invoices', 'invoices', [CompletionResultType]::ParameterValue, 'Issued invoices with what is paid and outstanding')
            [CompletionResult]::new('flex', 'flex', [CompletionResultType]::ParameterValue, 'Every person''s flex-time banks: balance, accrued, used, expired, forfeited')
            [CompletionResult]::new('burndown', 'burndown', [CompletionResultType]::ParameterValue, 'A client''s available hours over time (or a flex bank''s balance) as a chart')
            [CompletionResult]::new('budgets', 'budgets', [CompletionResultType]::ParameterValue, 'Every project budget: hours budgeted, used and left in its period')
            break
        }
        'hourbank;help;report;balances' {
            break
        }
        'hourbank;help;report;history' {
            break
        }
        'hourbank;help;report;usage' {
            break
        }
        'hourbank;help;report;invoices' {
            break
        }
        'hourbank;help;report;flex' {
            break
        }
        'hourbank;help;report;burndown' {
            break
        }
        'hourbank;help;report;budgets' {
            break
        }
        'hourbank;help;statement' {
            break
        }
        'hourbank;help;publish' {
            break
        }
        'hourbank;help;notify-check' {
            break
        }
        'hourbank;help;check' {
            break
        }
        'hourbank;help;trust' {
            break
        }
        'hourbank;help;config' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the value in force of a setting (its default when the file has none)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a setting (a number, true or false, a [list] or text)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a setting from hourbank.toml: its default applies again')
            break
        }
        'hourbank;help;config;get' {
            break
        }
        'hourbank;help;config;set' {
            break
        }
        'hourbank;help;config;unset' {
            break
        }
        'hourbank;help;service' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a service with its hourly rate')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a service''s hourly rate')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a service (refused while time rows name it)')
            break
        }
        'hourbank;help;service;add' {
            break
        }
        'hourbank;help;service;set' {
            break
        }
        'hourbank;help;service;remove' {
            break
        }
        'hourbank;help;undo' {
            break
        }
        'hourbank;help;repair' {
            break
        }
        'hourbank;help;git-setup' {
            break
        }
        'hourbank;help;sync' {
            break
        }
        'hourbank;help;completions' {
            break
        }
        'hourbank;help;merge-driver' {
            break
        }
        'hourbank;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
