# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_hourbank_global_optspecs
    string join \n ledger= format= time-format= q/quiet no-color wide decimal-comma columns= h/help V/version
end

function __fish_hourbank_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_hourbank_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_hourbank_using_subcommand
    set -l cmd (__fish_hourbank_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c hourbank -n "__fish_hourbank_needs_command" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_needs_command" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_needs_command" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_needs_command" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_needs_command" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_needs_command" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_needs_command" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_needs_command" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_needs_command" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_needs_command" -f -a "init" -d 'Create a new ledger directory'
complete -c hourbank -n "__fish_hourbank_needs_command" -f -a "client" -d 'Add, list, show, change, remove or forget clients'
complete -c hourbank -n "__fish_hourbank_needs_command" -f -a "person" -d 'Add, list, show, change, remove or forget people and their flex banks'
complete -c hourbank -n "__fish_hourbank_needs_command" -f -a "bank" -d 'Buy, list, correct or remove lots of hours'
complete -c hourbank -n "__fish_hourbank_needs_command" -f -a "log-time" -d 'Log work against a client\'s bank (or time off with --time-off)'
complete -c hourbank -n "__fish_hourbank_needs_command" -f -a "start" -d 'Start a timer for a client (one per person)'
complete -c hourbank -n "__fish_hourbank_needs_command" -f -a "stop" -d 'Stop the running timer and log the time it ran'
complete -c hourbank -n "__fish_hourbank_needs_command" -f -a "switch" -d 'Stop the running timer (logging its time) and start one for another client'
complete -c hourbank -n "__fish_hourbank_needs_command" -f -a "cancel" -d 'Drop the running timer without logging anything'
complete -c hourbank -n "__fish_hourbank_needs_command" -f -a "status" -d 'One line per running timer, and per client named (for prompts and tmux)'
complete -c hourbank -n "__fish_hourbank_needs_command" -f -a "entry" -d 'List, edit or remove the rows of the time log'
complete -c hourbank -n "__fish_hourbank_needs_command" -f -a "adjust" -d 'Correct a balance (+/- hours), set it, or assert it'
complete -c hourbank -n "__fish_hourbank_needs_command" -f -a "expense" -d 'Pass a cost on to a client: billed on its next invoice'
complete -c hourbank -n "__fish_hourbank_needs_command" -f -a "import" -d 'Import time rows from another tool\'s log'
complete -c hourbank -n "__fish_hourbank_needs_command" -f -a "export" -d 'Export the banks as an hledger, ledger or beancount journal, or the whole ledger as a SQLite database'
complete -c hourbank -n "__fish_hourbank_needs_command" -f -a "invoice" -d 'Bill a client for a period, show an issued invoice, or record a payment'
complete -c hourbank -n "__fish_hourbank_needs_command" -f -a "report" -d 'Balances, statements and usage'
complete -c hourbank -n "__fish_hourbank_needs_command" -f -a "statement" -d 'A client\'s statement of hours and invoices, to send to the client'
complete -c hourbank -n "__fish_hourbank_needs_command" -f -a "publish" -d 'Write a static page per client (balance, chart, expiries, recent work, invoices)'
complete -c hourbank -n "__fish_hourbank_needs_command" -f -a "notify-check" -d 'Send the alerts that are due and were not sent before, and buy the top-ups clients agreed to (for cron)'
complete -c hourbank -n "__fish_hourbank_needs_command" -f -a "check" -d 'Validate the whole ledger (prints nothing when all is well; --format csv or json: one row per finding with file, line, severity, a stable code and the message)'
complete -c hourbank -n "__fish_hourbank_needs_command" -f -a "trust" -d 'Trust the delivery settings ([notify] command, to, from, [notify.smtp]) that this ledger\'s hourbank.toml sets; a change to them (a pull) needs a new trust'
complete -c hourbank -n "__fish_hourbank_needs_command" -f -a "config" -d 'Read and change the settings of hourbank.toml (comments are kept)'
complete -c hourbank -n "__fish_hourbank_needs_command" -f -a "service" -d 'Add, change or remove named services and their rates ([services.NAME] rate)'
complete -c hourbank -n "__fish_hourbank_needs_command" -f -a "undo" -d 'Undo the latest write (up to the last 20, one at a time), while its files are as it left them'
complete -c hourbank -n "__fish_hourbank_needs_command" -f -a "repair" -d 'Clear what interrupted writes left (records that could not be rolled back, temporary files) and rewrite a CSV file with a second header line under one header'
complete -c hourbank -n "__fish_hourbank_needs_command" -f -a "git-setup" -d 'Set up this clone to merge the ledger with hourbank\'s driver (and with --hooks, to refuse a commit of a ledger with errors)'
complete -c hourbank -n "__fish_hourbank_needs_command" -f -a "sync" -d 'Commit the ledger\'s files, pull, check, and push when the ledger is clean'
complete -c hourbank -n "__fish_hourbank_needs_command" -f -a "completions" -d 'Print shell completions (bash, zsh, fish, powershell, elvish)'
complete -c hourbank -n "__fish_hourbank_needs_command" -f -a "merge-driver" -d 'Merge a ledger file for git: CSV rows by id, TOML tables by key (set up with `hourbank git-setup`); writes the result to OURS'
complete -c hourbank -n "__fish_hourbank_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hourbank -n "__fish_hourbank_using_subcommand init" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand init" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand init" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand init" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand init" -l example -d 'Fill it with the bundled example ledger instead of empty files'
complete -c hourbank -n "__fish_hourbank_using_subcommand init" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand init" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand init" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand init" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand init" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and not __fish_seen_subcommand_from add list show set remove forget help" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and not __fish_seen_subcommand_from add list show set remove forget help" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and not __fish_seen_subcommand_from add list show set remove forget help" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and not __fish_seen_subcommand_from add list show set remove forget help" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and not __fish_seen_subcommand_from add list show set remove forget help" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and not __fish_seen_subcommand_from add list show set remove forget help" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and not __fish_seen_subcommand_from add list show set remove forget help" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and not __fish_seen_subcommand_from add list show set remove forget help" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and not __fish_seen_subcommand_from add list show set remove forget help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and not __fish_seen_subcommand_from add list show set remove forget help" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and not __fish_seen_subcommand_from add list show set remove forget help" -f -a "add" -d 'Add a client'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and not __fish_seen_subcommand_from add list show set remove forget help" -f -a "list" -d 'List the clients'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and not __fish_seen_subcommand_from add list show set remove forget help" -f -a "show" -d 'Show one client\'s settings and balance'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and not __fish_seen_subcommand_from add list show set remove forget help" -f -a "set" -d 'Change a client\'s settings (comments in clients.toml are kept)'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and not __fish_seen_subcommand_from add list show set remove forget help" -f -a "remove" -d 'Remove a client no row refers to'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and not __fish_seen_subcommand_from add list show set remove forget help" -f -a "forget" -d 'Replace a client\'s personal fields with a placeholder, keeping every row'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and not __fish_seen_subcommand_from add list show set remove forget help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l name -d 'Display name' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l type -d 'bank (prepaid blocks), retainer (monthly hours) or payg (billed as worked)' -r -f -a "bank\t''
retainer\t''
payg\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l status -d 'active, inactive or prospect (default for add: active)' -r -f -a "active\t''
inactive\t''
prospect\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l email -d 'Where alerts and invoices go' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l billing-email -d 'Where invoices go, when not to --email (invoice --send)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l address -d 'Postal address printed on invoices' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l street -d 'The street of the postal address, for e-invoices' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l postcode -d 'The postcode of the postal address, for e-invoices' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l city -d 'The city of the postal address, for e-invoices' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l buyer-reference -d 'The buyer reference its e-invoices carry (BT-10, e.g. a Leitweg-ID)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l peppol-id -d 'Its Peppol participant id for UBL e-invoices, scheme:id (0208:0123456749)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l currency -d 'Currency code, overriding the settings\' currency' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l rate -d 'Client hourly rate, e.g. 95.00' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l block-hours -d 'Bank: hours in one block, e.g. 10:00' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l block-price -d 'Bank: price of one block, e.g. 900.00' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l expiry-months -d 'Bank: months a purchase stays valid' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l credit-limit -d 'How far below zero log-time may take the balance, e.g. 2:00' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l monthly-hours -d 'Retainer: hours each month' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l monthly-fee -d 'Retainer: fee each month' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l overage-rate -d 'Retainer: the rate of the hours beyond the month\'s (default: the client\'s rate)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l overage -d 'Retainer: a month\'s hours beyond its own are billed as overage, or carried into the next month (drawn from its hours first)' -r -f -a "bill\t''
carry\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l carry-max -d 'Retainer with --overage carry: at most these hours carried; beyond them billed' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l rollover-months -d 'Retainer: months unused hours stay usable' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l start -d 'First month of a retainer / first day of the account (YYYY-MM-DD)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l end -d 'Last day of a retainer (YYYY-MM-DD)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l payer -d 'Another client id that receives this client\'s invoices' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l vat-id -d 'The client\'s VAT or tax id, printed on its invoices' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l country -d 'The client\'s country, a two-letter code like FR (e-invoices need it)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l tax-category -d 'The VAT category of its invoices (S, Z, E, AE, K, G, O, L, M), for e-invoices' -r -f -a "S\t''
Z\t''
E\t''
AE\t''
K\t''
G\t''
O\t''
L\t''
M\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l tax-exemption -d 'Why its invoices are exempt from VAT (printed in e-invoices)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l low-balance-percent -d 'Low-balance alert threshold in percent, overriding the settings' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l low-balance-hours -d 'Low-balance alert threshold in hours (strictly below), overriding the settings' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l block-after-days -d 'Days after an invoice\'s due date that its being unpaid blocks new work' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l cancellation-levels -d 'Late-cancellation levels as NOTICE=PERCENT, e.g. 24=100,48=50 (at most 3); `none` never charges, `default` uses the settings\' levels' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l credit-on -d 'Bank: when bought hours become usable: on the purchase date, or when the invoice billing them is paid in full' -r -f -a "purchase\t''
payment\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l hide-costs -d 'Statements leave out every rate, price and amount (true or false)' -r -f -a "true\t''
false\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l invoice-detail -d 'Invoices carry their timesheet, as with `invoice --detail` (true or false)' -r -f -a "true\t''
false\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l discount-percent -d 'Discount in percent applied to invoices' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l tax-percent -d 'Tax in percent applied to invoices' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l terms-days -d 'Days until an invoice is due, overriding the settings' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l page-token -d 'The folder name of its page (`publish`): 16 or more letters, digits, - and _ (`--unset page_token`: the next publish draws a new one)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l notes -d 'Free text' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l dry-run -d 'Show what would change, write nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from list" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from list" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from list" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from list" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from list" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from list" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from list" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from show" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from show" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from show" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from show" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from show" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from show" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from show" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l name -d 'Display name' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l type -d 'bank, retainer or payg' -r -f -a "bank\t''
retainer\t''
payg\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l status -d 'active, inactive or prospect (default for add: active)' -r -f -a "active\t''
inactive\t''
prospect\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l email -d 'Where alerts and invoices go' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l billing-email -d 'Where invoices go, when not to --email (invoice --send)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l address -d 'Postal address printed on invoices' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l street -d 'The street of the postal address, for e-invoices' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l postcode -d 'The postcode of the postal address, for e-invoices' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l city -d 'The city of the postal address, for e-invoices' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l buyer-reference -d 'The buyer reference its e-invoices carry (BT-10, e.g. a Leitweg-ID)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l peppol-id -d 'Its Peppol participant id for UBL e-invoices, scheme:id (0208:0123456749)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l currency -d 'Currency code, overriding the settings\' currency' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l rate -d 'Client hourly rate, e.g. 95.00' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l block-hours -d 'Bank: hours in one block, e.g. 10:00' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l block-price -d 'Bank: price of one block, e.g. 900.00' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l expiry-months -d 'Bank: months a purchase stays valid' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l credit-limit -d 'How far below zero log-time may take the balance, e.g. 2:00' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l monthly-hours -d 'Retainer: hours each month' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l monthly-fee -d 'Retainer: fee each month' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l overage-rate -d 'Retainer: the rate of the hours beyond the month\'s (default: the client\'s rate)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l overage -d 'Retainer: a month\'s hours beyond its own are billed as overage, or carried into the next month (drawn from its hours first)' -r -f -a "bill\t''
carry\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l carry-max -d 'Retainer with --overage carry: at most these hours carried; beyond them billed' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l rollover-months -d 'Retainer: months unused hours stay usable' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l start -d 'First month of a retainer / first day of the account (YYYY-MM-DD)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l end -d 'Last day of a retainer (YYYY-MM-DD)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l payer -d 'Another client id that receives this client\'s invoices' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l vat-id -d 'The client\'s VAT or tax id, printed on its invoices' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l country -d 'The client\'s country, a two-letter code like FR (e-invoices need it)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l tax-category -d 'The VAT category of its invoices (S, Z, E, AE, K, G, O, L, M), for e-invoices' -r -f -a "S\t''
Z\t''
E\t''
AE\t''
K\t''
G\t''
O\t''
L\t''
M\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l tax-exemption -d 'Why its invoices are exempt from VAT (printed in e-invoices)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l low-balance-percent -d 'Low-balance alert threshold in percent, overriding the settings' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l low-balance-hours -d 'Low-balance alert threshold in hours (strictly below), overriding the settings' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l block-after-days -d 'Days after an invoice\'s due date that its being unpaid blocks new work' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l cancellation-levels -d 'Late-cancellation levels as NOTICE=PERCENT, e.g. 24=100,48=50 (at most 3); `none` never charges, `default` uses the settings\' levels' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l credit-on -d 'Bank: when bought hours become usable: on the purchase date, or when the invoice billing them is paid in full' -r -f -a "purchase\t''
payment\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l hide-costs -d 'Statements leave out every rate, price and amount (true or false)' -r -f -a "true\t''
false\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l invoice-detail -d 'Invoices carry their timesheet, as with `invoice --detail` (true or false)' -r -f -a "true\t''
false\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l discount-percent -d 'Discount in percent applied to invoices' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l tax-percent -d 'Tax in percent applied to invoices' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l terms-days -d 'Days until an invoice is due, overriding the settings' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l page-token -d 'The folder name of its page (`publish`): 16 or more letters, digits, - and _ (`--unset page_token`: the next publish draws a new one)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l notes -d 'Free text' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l unset -d 'Remove a setting, so that the default applies again (repeatable), e.g. `--unset payer --unset rate`' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l service-rate -d 'The client\'s own hourly rate for a service (repeatable), e.g. design=130' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l unset-service-rate -d 'Remove the client\'s own rate for a service (repeatable)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l multiplier -d 'The client\'s own hour multiplier for a service (repeatable), e.g. emergency=2: its rows charge their hours times it' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l unset-multiplier -d 'Remove the client\'s own multiplier for a service (repeatable)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l budget -d 'A project\'s budget in hours (repeatable), e.g. website=40:00' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l budget-period -d 'What a project\'s budget covers: all its work or each month\'s, e.g. website=month' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l budget-alert-percent -d 'The percentages of a project\'s budget at which notify-check alerts, e.g. website=80,100' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l budget-enforce -d 'Whether work beyond a project\'s budget is refused (unless --force), e.g. website=true' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l topup-below -d 'Bank: buy blocks automatically (notify-check) when the available hours fall below this, e.g. 2:00 (`--unset topup` stops it)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l topup-blocks -d 'Bank: how many blocks a top-up buys (default 1)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l unset-budget -d 'Remove a project\'s budget (repeatable)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l force -d 'Change the type or the overage rule of a client that has rows (its whole history is read anew)'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l dry-run -d 'Show what would change, write nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from remove" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from remove" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from remove" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from remove" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from remove" -l dry-run -d 'Show what would change, write nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from remove" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from remove" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from remove" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from forget" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from forget" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from forget" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from forget" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from forget" -l invoices -d 'Also replace the name and address the issued invoices keep (most countries require keeping invoices as issued: check before you use it)'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from forget" -l dry-run -d 'Show what would change, write nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from forget" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from forget" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from forget" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from forget" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from forget" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from forget" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a client'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the clients'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one client\'s settings and balance'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a client\'s settings (comments in clients.toml are kept)'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a client no row refers to'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "forget" -d 'Replace a client\'s personal fields with a placeholder, keeping every row'
complete -c hourbank -n "__fish_hourbank_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and not __fish_seen_subcommand_from add list show set remove forget bank help" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and not __fish_seen_subcommand_from add list show set remove forget bank help" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and not __fish_seen_subcommand_from add list show set remove forget bank help" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and not __fish_seen_subcommand_from add list show set remove forget bank help" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and not __fish_seen_subcommand_from add list show set remove forget bank help" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and not __fish_seen_subcommand_from add list show set remove forget bank help" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and not __fish_seen_subcommand_from add list show set remove forget bank help" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and not __fish_seen_subcommand_from add list show set remove forget bank help" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and not __fish_seen_subcommand_from add list show set remove forget bank help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and not __fish_seen_subcommand_from add list show set remove forget bank help" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and not __fish_seen_subcommand_from add list show set remove forget bank help" -f -a "add" -d 'Add a person (people.toml is created when it does not exist)'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and not __fish_seen_subcommand_from add list show set remove forget bank help" -f -a "list" -d 'List the people with their weekly schedule and banks'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and not __fish_seen_subcommand_from add list show set remove forget bank help" -f -a "show" -d 'Show one person\'s settings, each bank\'s balance and its accrual lots'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and not __fish_seen_subcommand_from add list show set remove forget bank help" -f -a "set" -d 'Change a person\'s settings (comments in people.toml are kept)'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and not __fish_seen_subcommand_from add list show set remove forget bank help" -f -a "remove" -d 'Remove a person no row refers to'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and not __fish_seen_subcommand_from add list show set remove forget bank help" -f -a "forget" -d 'Replace a person\'s personal fields with a placeholder, keeping every row'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and not __fish_seen_subcommand_from add list show set remove forget bank help" -f -a "bank" -d 'Add, change or remove a person\'s flex bank'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and not __fish_seen_subcommand_from add list show set remove forget bank help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from add" -l name -d 'Display name' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from add" -l email -d 'Where flex alerts go' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from add" -l schedule -d 'Scheduled hours per weekday: mon=8:00,tue=8:00,... (a missing day is 0)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from add" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from add" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from add" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from add" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from add" -l dry-run -d 'Show what would change, write nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from add" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from add" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from add" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from list" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from list" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from list" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from list" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from list" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from list" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from list" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from show" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from show" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from show" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from show" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from show" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from show" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from show" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from set" -l name -d 'Display name' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from set" -l email -d 'Where flex alerts go' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from set" -l schedule -d 'Scheduled hours per weekday: mon=8:00,tue=8:00,... (a missing day is 0)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from set" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from set" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from set" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from set" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from set" -l dry-run -d 'Show what would change, write nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from set" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from set" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from set" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from remove" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from remove" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from remove" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from remove" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from remove" -l dry-run -d 'Show what would change, write nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from remove" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from remove" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from remove" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from forget" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from forget" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from forget" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from forget" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from forget" -l dry-run -d 'Show what would change, write nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from forget" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from forget" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from forget" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from forget" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from forget" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from forget" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from bank" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from bank" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from bank" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from bank" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from bank" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from bank" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from bank" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from bank" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from bank" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from bank" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from bank" -f -a "add" -d 'Add a flex bank to a person'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from bank" -f -a "set" -d 'Change a person\'s flex bank'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from bank" -f -a "remove" -d 'Remove a flex bank no adjustment refers to'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from bank" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a person (people.toml is created when it does not exist)'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the people with their weekly schedule and banks'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one person\'s settings, each bank\'s balance and its accrual lots'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a person\'s settings (comments in people.toml are kept)'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a person no row refers to'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "forget" -d 'Replace a person\'s personal fields with a placeholder, keeping every row'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "bank" -d 'Add, change or remove a person\'s flex bank'
complete -c hourbank -n "__fish_hourbank_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and not __fish_seen_subcommand_from buy list edit remove help" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and not __fish_seen_subcommand_from buy list edit remove help" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and not __fish_seen_subcommand_from buy list edit remove help" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and not __fish_seen_subcommand_from buy list edit remove help" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and not __fish_seen_subcommand_from buy list edit remove help" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and not __fish_seen_subcommand_from buy list edit remove help" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and not __fish_seen_subcommand_from buy list edit remove help" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and not __fish_seen_subcommand_from buy list edit remove help" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and not __fish_seen_subcommand_from buy list edit remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and not __fish_seen_subcommand_from buy list edit remove help" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and not __fish_seen_subcommand_from buy list edit remove help" -f -a "buy" -d 'Record a purchase of hours (a lot)'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and not __fish_seen_subcommand_from buy list edit remove help" -f -a "list" -d 'List a client\'s lots with used, expired and remaining hours'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and not __fish_seen_subcommand_from buy list edit remove help" -f -a "edit" -d 'Correct a purchase entered wrongly (rewrites purchases.csv atomically)'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and not __fish_seen_subcommand_from buy list edit remove help" -f -a "remove" -d 'Remove a purchase entered by mistake (rewrites purchases.csv atomically)'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and not __fish_seen_subcommand_from buy list edit remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from buy" -l blocks -d 'Number of blocks, priced from the client\'s block_hours and block_price' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from buy" -l hours -d 'Hours bought, e.g. 10 or 7:30' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from buy" -l price -d 'Price of the purchase (with --hours)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from buy" -l date -d 'Date of the purchase (default: today)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from buy" -l expires -d 'Last day the hours can be used (default: from expiry_months)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from buy" -l project -d 'Only work on this project may use these hours' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from buy" -l note -d 'Free text' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from buy" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from buy" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from buy" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from buy" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from buy" -l never-expires -d 'The hours never expire'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from buy" -l force -d 'Record it while an overdue invoice blocks the client'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from buy" -l invoice -d 'Invoice this lot alone at once (dated the purchase date; a later invoice of the period does not bill it again)'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from buy" -l dry-run -d 'Show what would be written, write nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from buy" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from buy" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from buy" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from buy" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from buy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from buy" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from list" -l as-of -d 'Show the lots as of this date (default: today)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from list" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from list" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from list" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from list" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from list" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from list" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from list" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from edit" -l hours -d 'New hours' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from edit" -l price -d 'New price' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from edit" -l expires -d 'New last day of validity' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from edit" -l note -d 'New note' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from edit" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from edit" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from edit" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from edit" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from edit" -l never-expires -d 'The hours never expire'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from edit" -l force -d 'Change the hours or price of a lot already invoiced (the next invoice bills the difference)'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from edit" -l dry-run -d 'Show the change, write nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from edit" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from edit" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from edit" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from remove" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from remove" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from remove" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from remove" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from remove" -l force -d 'Remove a lot already invoiced (the next invoice credits it)'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from remove" -l dry-run -d 'Show the change, write nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from remove" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from remove" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from remove" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from help" -f -a "buy" -d 'Record a purchase of hours (a lot)'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a client\'s lots with used, expired and remaining hours'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Correct a purchase entered wrongly (rewrites purchases.csv atomically)'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a purchase entered by mistake (rewrites purchases.csv atomically)'
complete -c hourbank -n "__fish_hourbank_using_subcommand bank; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hourbank -n "__fish_hourbank_using_subcommand log-time" -l date -d 'Date of the work (default: today)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand log-time" -l person -d 'Who worked (default: $HOURBANK_USER when it is a person id, else no one)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand log-time" -l project -d 'Project the work belongs to (project lots are used first)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand log-time" -l service -d 'Service, for its rate (see [services] and the client\'s rates)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand log-time" -l rate -d 'Hourly rate for this row, overriding every other rate' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand log-time" -l notice -d 'How long before the booking it was cancelled (with --cancelled), e.g. 36 or 1:30' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand log-time" -l note -d 'Free text' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand log-time" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand log-time" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand log-time" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand log-time" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand log-time" -l non-billable -d 'Record the time but charge nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand log-time" -l time-off -d 'Time off for --person (no client)'
complete -c hourbank -n "__fish_hourbank_using_subcommand log-time" -l cancelled -d 'A booking cancelled late: DURATION is the booked time, charged by the cancellation policy on --notice'
complete -c hourbank -n "__fish_hourbank_using_subcommand log-time" -l force -d 'Log even beyond the client\'s credit limit, outside a retainer\'s start..end, or while an overdue invoice blocks the client'
complete -c hourbank -n "__fish_hourbank_using_subcommand log-time" -l dry-run -d 'Show what would be written, write nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand log-time" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand log-time" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand log-time" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand log-time" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand log-time" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand log-time" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand start" -l project -d 'Project the work belongs to' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand start" -l service -d 'Service, for its rate' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand start" -l note -d 'Free text, written on the logged rows' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand start" -l person -d 'Whose timer (default: $HOURBANK_USER)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand start" -l at -d 'Start at this time earlier today (HH:MM) instead of now' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand start" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand start" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand start" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand start" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand start" -l dry-run -d 'Show what would be written, write nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand start" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand start" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand start" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand start" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand start" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand stop" -l at -d 'Stop at this time earlier today (HH:MM) instead of now' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand stop" -l note -d 'The logged rows\' note (default: the timer\'s)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand stop" -l person -d 'Whose timer (default: $HOURBANK_USER)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand stop" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand stop" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand stop" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand stop" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand stop" -l force -d 'Log even beyond the client\'s credit limit, outside a retainer\'s start..end, or while an overdue invoice blocks the client'
complete -c hourbank -n "__fish_hourbank_using_subcommand stop" -l dry-run -d 'Show what would be logged, write nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand stop" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand stop" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand stop" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand stop" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand stop" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand switch" -l project -d 'Project the work belongs to' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand switch" -l service -d 'Service, for its rate' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand switch" -l note -d 'Free text, written on the logged rows' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand switch" -l person -d 'Whose timer (default: $HOURBANK_USER)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand switch" -l at -d 'Start at this time earlier today (HH:MM) instead of now' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand switch" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand switch" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand switch" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand switch" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand switch" -l dry-run -d 'Show what would be written, write nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand switch" -l force -d 'Log the stopped timer\'s time even beyond the credit limit, outside a retainer\'s start..end, or while an overdue invoice blocks the client'
complete -c hourbank -n "__fish_hourbank_using_subcommand switch" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand switch" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand switch" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand switch" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand switch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand switch" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand cancel" -l person -d 'Whose timer (default: $HOURBANK_USER)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand cancel" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand cancel" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand cancel" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand cancel" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand cancel" -l dry-run -d 'Show what would be dropped, write nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand cancel" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand cancel" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand cancel" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand cancel" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand cancel" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand status" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand status" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand status" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand status" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand status" -l alerts -d 'Also every client with an alert due'
complete -c hourbank -n "__fish_hourbank_using_subcommand status" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand status" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand status" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand status" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand status" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and not __fish_seen_subcommand_from list edit remove help" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and not __fish_seen_subcommand_from list edit remove help" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and not __fish_seen_subcommand_from list edit remove help" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and not __fish_seen_subcommand_from list edit remove help" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and not __fish_seen_subcommand_from list edit remove help" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and not __fish_seen_subcommand_from list edit remove help" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and not __fish_seen_subcommand_from list edit remove help" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and not __fish_seen_subcommand_from list edit remove help" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and not __fish_seen_subcommand_from list edit remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and not __fish_seen_subcommand_from list edit remove help" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and not __fish_seen_subcommand_from list edit remove help" -f -a "list" -d 'List time rows with the invoice that billed each (--unbilled: work in progress)'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and not __fish_seen_subcommand_from list edit remove help" -f -a "edit" -d 'Change a time row (charged is recomputed when hours, billable, service or client change)'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and not __fish_seen_subcommand_from list edit remove help" -f -a "remove" -d 'Remove a time row'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and not __fish_seen_subcommand_from list edit remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from list" -l client -d 'Only this client\'s rows' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from list" -l person -d 'Only this person\'s rows' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from list" -l project -d 'Only rows of this project' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from list" -s p -l period -d 'A period (today, yesterday, thisweek, lastweek, thismonth, lastmonth, thisyear, 2026-11, 2026-Q4, 2026): its first and last day as --from and --to' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from list" -l from -d 'First day included (a month: its first day)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from list" -l to -d 'Last day included (a month: its last day; default: today, or for `report usage` the last row)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from list" -l grep -d 'Only rows whose note holds this text (in any case)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from list" -l kind -d 'Only rows of this kind' -r -f -a "work\t''
time-off\t''
cancellation\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from list" -s o -l output -d 'Write the list to this file (atomically) instead of stdout' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from list" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from list" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from list" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from list" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from list" -l unbilled -d 'Only billable rows of pay-as-you-go clients that no invoice has billed yet'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from list" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from list" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from list" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from edit" -l date -d 'A new date' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from edit" -l client -d 'Move the row to another client' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from edit" -l hours -d 'The time worked (or booked, for a cancellation)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from edit" -l person -d 'Who worked' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from edit" -l project -d 'The project (`--project ""` clears it)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from edit" -l service -d 'The service (`--service ""` clears it)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from edit" -l rate -d 'The row\'s own hourly rate' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from edit" -l note -d 'The note' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from edit" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from edit" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from edit" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from edit" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from edit" -l no-rate -d 'Remove the row\'s own rate (the client\'s rates apply again)'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from edit" -l billable -d 'Make the row billable'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from edit" -l non-billable -d 'Make the row not billable (it charges nothing)'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from edit" -l force -d 'Edit even beyond the credit limit, outside a retainer\'s start..end, or while an overdue invoice blocks the client'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from edit" -l dry-run -d 'Show what would change, write nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from edit" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from edit" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from edit" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from remove" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from remove" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from remove" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from remove" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from remove" -l force -d 'Remove even while an overdue invoice blocks the client'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from remove" -l dry-run -d 'Show what would be removed, write nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from remove" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from remove" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from remove" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from help" -f -a "list" -d 'List time rows with the invoice that billed each (--unbilled: work in progress)'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a time row (charged is recomputed when hours, billable, service or client change)'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a time row'
complete -c hourbank -n "__fish_hourbank_using_subcommand entry; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hourbank -n "__fish_hourbank_using_subcommand adjust" -l set -d 'After the day\'s work the balance becomes exactly this' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand adjust" -l assert -d 'After the day\'s work the balance must be exactly this (checked by `check`)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand adjust" -l reason -d 'Why (required)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand adjust" -l date -d 'Date of the adjustment (default: today; may be in the future)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand adjust" -l expires -d 'Last day hours added by this adjustment can be used' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand adjust" -l bank -d 'A person\'s bank (flex time) instead of a client\'s' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand adjust" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand adjust" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand adjust" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand adjust" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand adjust" -l dry-run -d 'Show what would be written, write nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand adjust" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand adjust" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand adjust" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand adjust" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand adjust" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand adjust" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand expense; and not __fish_seen_subcommand_from remove help" -l note -d 'What it was (the invoice line\'s description; required)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand expense; and not __fish_seen_subcommand_from remove help" -l date -d 'Date of the expense (default: today)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand expense; and not __fish_seen_subcommand_from remove help" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand expense; and not __fish_seen_subcommand_from remove help" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand expense; and not __fish_seen_subcommand_from remove help" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand expense; and not __fish_seen_subcommand_from remove help" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand expense; and not __fish_seen_subcommand_from remove help" -l dry-run -d 'Show what would be written, write nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand expense; and not __fish_seen_subcommand_from remove help" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand expense; and not __fish_seen_subcommand_from remove help" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand expense; and not __fish_seen_subcommand_from remove help" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand expense; and not __fish_seen_subcommand_from remove help" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand expense; and not __fish_seen_subcommand_from remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand expense; and not __fish_seen_subcommand_from remove help" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand expense; and not __fish_seen_subcommand_from remove help" -a "remove" -d 'Remove an expense entered by mistake (rewrites expenses.csv atomically)'
complete -c hourbank -n "__fish_hourbank_using_subcommand expense; and not __fish_seen_subcommand_from remove help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hourbank -n "__fish_hourbank_using_subcommand expense; and __fish_seen_subcommand_from remove" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand expense; and __fish_seen_subcommand_from remove" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand expense; and __fish_seen_subcommand_from remove" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand expense; and __fish_seen_subcommand_from remove" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand expense; and __fish_seen_subcommand_from remove" -l force -d 'Remove an expense already invoiced (the next invoice credits it)'
complete -c hourbank -n "__fish_hourbank_using_subcommand expense; and __fish_seen_subcommand_from remove" -l dry-run -d 'Show the change, write nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand expense; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand expense; and __fish_seen_subcommand_from remove" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand expense; and __fish_seen_subcommand_from remove" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand expense; and __fish_seen_subcommand_from remove" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand expense; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand expense; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand expense; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove an expense entered by mistake (rewrites expenses.csv atomically)'
complete -c hourbank -n "__fish_hourbank_using_subcommand expense; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hourbank -n "__fish_hourbank_using_subcommand import" -l client -d 'Book every entry on this client' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand import" -l map -d 'A TOML file mapping the source\'s names to clients ([clients]), projects ([projects]) and people ([people])' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand import" -l person -d 'The person the rows name (default: $HOURBANK_USER when it is a person id)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand import" -l date-format -d 'How slashed dates of a CSV export read: mdy (03/04/2024 is March 4) or dmy (default: what the file allows; refused while both readings fit every row)' -r -f -a "mdy\t''
dmy\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand import" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand import" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand import" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand import" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand import" -l force -d 'Import even beyond a client\'s credit limit or while an overdue invoice blocks it'
complete -c hourbank -n "__fish_hourbank_using_subcommand import" -l allow-long-sessions -d 'timeclock, timewarrior: read sessions longer than 24 hours (refused by default: a typo in a date makes one of thousands of hours)'
complete -c hourbank -n "__fish_hourbank_using_subcommand import" -l dry-run -d 'Show per client and month what would be added, write nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand import" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand import" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand import" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand import" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand import" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand export" -l as-of -d 'Export the events a report as of this date counts (default: today)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand export" -s o -l output -d 'Write the journal to this file (atomically) instead of stdout' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand export" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand export" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand export" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand export" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand export" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand export" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand export" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand export" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand export" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and not __fish_seen_subcommand_from pay credit renumber help" -l month -d 'Bill this calendar month' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and not __fish_seen_subcommand_from pay credit renumber help" -s p -l period -d 'Bill a period (lastmonth, thismonth, lastweek, 2026-11, 2026-Q4, 2026, ...)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and not __fish_seen_subcommand_from pay credit renumber help" -l from -d 'First day of the period billed' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and not __fish_seen_subcommand_from pay credit renumber help" -l to -d 'Last day of the period billed' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and not __fish_seen_subcommand_from pay credit renumber help" -l date -d 'Date of the invoice (default: today)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and not __fish_seen_subcommand_from pay credit renumber help" -l show -d 'Show an issued invoice again, exactly as it was recorded' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and not __fish_seen_subcommand_from pay credit renumber help" -s o -l output -d 'Write the document (html, cii, csv, json) to this file, atomically, instead of stdout' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and not __fish_seen_subcommand_from pay credit renumber help" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and not __fish_seen_subcommand_from pay credit renumber help" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and not __fish_seen_subcommand_from pay credit renumber help" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and not __fish_seen_subcommand_from pay credit renumber help" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and not __fish_seen_subcommand_from pay credit renumber help" -l all -d 'Bill every client with something to bill in the period, in one write'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and not __fish_seen_subcommand_from pay credit renumber help" -l detail -d 'Add a timesheet: every billed time row (date, person, project, note, hours) under the line that bills it'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and not __fish_seen_subcommand_from pay credit renumber help" -l send -d 'Mail the invoice to the client\'s billing_email (else email), with its PDF and e-invoice, through [notify]; recorded in invoices.csv'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and not __fish_seen_subcommand_from pay credit renumber help" -l dry-run -d 'Show the invoice without a number, record nothing (with --send: print the message instead of sending it)'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and not __fish_seen_subcommand_from pay credit renumber help" -l allow-zero -d 'Issue the invoice even when lines are at a rate of 0.00'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and not __fish_seen_subcommand_from pay credit renumber help" -l force -d 'Bill a period that has not ended on the invoice\'s date; with --show and --send, send an invoice that was sent before again'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and not __fish_seen_subcommand_from pay credit renumber help" -l corrections-only -d 'Bill only the pending corrections of periods already invoiced (no new period)'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and not __fish_seen_subcommand_from pay credit renumber help" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and not __fish_seen_subcommand_from pay credit renumber help" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and not __fish_seen_subcommand_from pay credit renumber help" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and not __fish_seen_subcommand_from pay credit renumber help" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and not __fish_seen_subcommand_from pay credit renumber help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and not __fish_seen_subcommand_from pay credit renumber help" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and not __fish_seen_subcommand_from pay credit renumber help" -a "pay" -d 'Record a payment against an invoice'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and not __fish_seen_subcommand_from pay credit renumber help" -a "credit" -d 'Issue a credit note: void an invoice (--all) or credit part of it'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and not __fish_seen_subcommand_from pay credit renumber help" -a "renumber" -d 'Give the later-issued of two invoices with one number (two clones each issued it) the next free number, with its lines and payments'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and not __fish_seen_subcommand_from pay credit renumber help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l amount -d 'Amount paid (default: what is outstanding; for a credit note, the refund, negative)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l date -d 'Date of the payment (default: today)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l note -d 'Free text' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l dry-run -d 'Show what would be recorded, record nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from pay" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from pay" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from pay" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l amount -d 'Credit this amount before tax (tax is added at the invoice\'s rate)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l reason -d 'Why (printed on the credit note; required with --amount)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l date -d 'Date of the credit note (default: today)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l all -d 'Reverse every line of the invoice (void it)'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l dry-run -d 'Show the credit note without a number, record nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from credit" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from credit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from credit" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from renumber" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from renumber" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from renumber" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from renumber" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from renumber" -l dry-run -d 'Print the new numbers; change nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from renumber" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from renumber" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from renumber" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from renumber" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from renumber" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from renumber" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "pay" -d 'Record a payment against an invoice'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "credit" -d 'Issue a credit note: void an invoice (--all) or credit part of it'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "renumber" -d 'Give the later-issued of two invoices with one number (two clones each issued it) the next free number, with its lines and payments'
complete -c hourbank -n "__fish_hourbank_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and not __fish_seen_subcommand_from balances history usage invoices flex burndown budgets help" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and not __fish_seen_subcommand_from balances history usage invoices flex burndown budgets help" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and not __fish_seen_subcommand_from balances history usage invoices flex burndown budgets help" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and not __fish_seen_subcommand_from balances history usage invoices flex burndown budgets help" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and not __fish_seen_subcommand_from balances history usage invoices flex burndown budgets help" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and not __fish_seen_subcommand_from balances history usage invoices flex burndown budgets help" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and not __fish_seen_subcommand_from balances history usage invoices flex burndown budgets help" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and not __fish_seen_subcommand_from balances history usage invoices flex burndown budgets help" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and not __fish_seen_subcommand_from balances history usage invoices flex burndown budgets help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and not __fish_seen_subcommand_from balances history usage invoices flex burndown budgets help" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and not __fish_seen_subcommand_from balances history usage invoices flex burndown budgets help" -f -a "balances" -d 'Every client\'s purchased, consumed, expired and available hours'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and not __fish_seen_subcommand_from balances history usage invoices flex burndown budgets help" -f -a "history" -d 'One client\'s statement: every purchase, work row, adjustment and expiry with a running balance'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and not __fish_seen_subcommand_from balances history usage invoices flex burndown budgets help" -f -a "usage" -d 'Hours and billable amounts grouped by day, week, month, year, client, person, project or service'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and not __fish_seen_subcommand_from balances history usage invoices flex burndown budgets help" -f -a "invoices" -d 'Issued invoices with what is paid and outstanding'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and not __fish_seen_subcommand_from balances history usage invoices flex burndown budgets help" -f -a "flex" -d 'Every person\'s flex-time banks: balance, accrued, used, expired, forfeited'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and not __fish_seen_subcommand_from balances history usage invoices flex burndown budgets help" -f -a "burndown" -d 'A client\'s available hours over time (or a flex bank\'s balance) as a chart'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and not __fish_seen_subcommand_from balances history usage invoices flex burndown budgets help" -f -a "budgets" -d 'Every project budget: hours budgeted, used and left in its period'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and not __fish_seen_subcommand_from balances history usage invoices flex burndown budgets help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from balances" -s p -l period -d 'A period (today, yesterday, thisweek, lastweek, thismonth, lastmonth, thisyear, 2026-11, 2026-Q4, 2026): as of its last day' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from balances" -l as-of -d 'Balances as of this date (default: today); lots expiring that day still count' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from balances" -l client -d 'Only this client' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from balances" -l type -d 'Only clients of this type (bank, retainer, payg)' -r -f -a "bank\t''
retainer\t''
payg\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from balances" -l status -d 'Only clients with this status (active, inactive, prospect)' -r -f -a "active\t''
inactive\t''
prospect\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from balances" -s o -l output -d 'Write the report to this file (atomically) instead of stdout' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from balances" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from balances" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from balances" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from balances" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from balances" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from balances" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from balances" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from balances" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from balances" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from balances" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from history" -s p -l period -d 'A period (today, yesterday, thisweek, lastweek, thismonth, lastmonth, thisyear, 2026-11, 2026-Q4, 2026): its first and last day as --from and --to' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from history" -l from -d 'First day included (a month: its first day)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from history" -l to -d 'Last day included (a month: its last day; default: today, or for `report usage` the last row)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from history" -l bank -d 'A person\'s flex bank: its statement with each period\'s worked and scheduled hours' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from history" -s o -l output -d 'Write the report to this file (atomically) instead of stdout' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from history" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from history" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from history" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from history" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from history" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from history" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from history" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from usage" -s p -l period -d 'A period (today, yesterday, thisweek, lastweek, thismonth, lastmonth, thisyear, 2026-11, 2026-Q4, 2026): its first and last day as --from and --to' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from usage" -l from -d 'First day included (a month: its first day)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from usage" -l to -d 'Last day included (a month: its last day; default: today, or for `report usage` the last row)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from usage" -l by -d 'Group by these keys, in order: day, week, month, year, client, person, project, service, kind' -r -f -a "day\t''
week\t''
month\t''
year\t''
client\t''
person\t''
project\t''
service\t''
kind\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from usage" -l client -d 'Only this client\'s rows' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from usage" -l person -d 'Only this person\'s rows' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from usage" -l project -d 'Only rows of this project' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from usage" -l service -d 'Only rows of this service' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from usage" -s o -l output -d 'Write the report to this file (atomically) instead of stdout' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from usage" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from usage" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from usage" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from usage" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from usage" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from usage" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from usage" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from usage" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from usage" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from usage" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from invoices" -s p -l period -d 'A period (today, yesterday, thisweek, lastweek, thismonth, lastmonth, thisyear, 2026-11, 2026-Q4, 2026): the invoices dated in it, as of its last day' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from invoices" -l as-of -d 'The invoices dated up to this date, with paid, outstanding and status as they were that day (default: today)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from invoices" -l client -d 'Only the invoices of this client (as the client billed or as its payer)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from invoices" -l status -d 'Only invoices with this status as of the date: open, paid, overdue, refund_due, void or applied' -r -f -a "open\t''
paid\t''
overdue\t''
refund_due\t''
void\t''
applied\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from invoices" -s o -l output -d 'Write the report to this file (atomically) instead of stdout' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from invoices" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from invoices" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from invoices" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from invoices" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from invoices" -l outstanding -d 'Only invoices not paid in full'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from invoices" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from invoices" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from invoices" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from invoices" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from invoices" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from invoices" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from flex" -s p -l period -d 'A period (today, yesterday, thisweek, lastweek, thismonth, lastmonth, thisyear, 2026-11, 2026-Q4, 2026): as of its last day' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from flex" -l as-of -d 'Balances as of this date (default: today); the period holding it is in progress' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from flex" -l person -d 'Only this person\'s banks' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from flex" -s o -l output -d 'Write the report to this file (atomically) instead of stdout' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from flex" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from flex" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from flex" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from flex" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from flex" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from flex" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from flex" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from flex" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from flex" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from flex" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from burndown" -s p -l period -d 'A period (today, yesterday, thisweek, lastweek, thismonth, lastmonth, thisyear, 2026-11, 2026-Q4, 2026): its first and last day as --from and --to' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from burndown" -l from -d 'First day included (a month: its first day)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from burndown" -l to -d 'Last day included (a month: its last day; default: today, or for `report usage` the last row)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from burndown" -l bank -d 'A person\'s flex bank: its balance per period' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from burndown" -s o -l output -d 'Write the chart to this file (atomically) instead of stdout' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from burndown" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from burndown" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from burndown" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from burndown" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from burndown" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from burndown" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from burndown" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from burndown" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from burndown" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from burndown" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from budgets" -l client -d 'Only this client\'s budgets' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from budgets" -l as-of -d 'As of this date (default: today): a monthly budget shows the month holding it' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from budgets" -s o -l output -d 'Write the report to this file (atomically) instead of stdout' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from budgets" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from budgets" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from budgets" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from budgets" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from budgets" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from budgets" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from budgets" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from budgets" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from budgets" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from budgets" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "balances" -d 'Every client\'s purchased, consumed, expired and available hours'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "history" -d 'One client\'s statement: every purchase, work row, adjustment and expiry with a running balance'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "usage" -d 'Hours and billable amounts grouped by day, week, month, year, client, person, project or service'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "invoices" -d 'Issued invoices with what is paid and outstanding'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "flex" -d 'Every person\'s flex-time banks: balance, accrued, used, expired, forfeited'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "burndown" -d 'A client\'s available hours over time (or a flex bank\'s balance) as a chart'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "budgets" -d 'Every project budget: hours budgeted, used and left in its period'
complete -c hourbank -n "__fish_hourbank_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hourbank -n "__fish_hourbank_using_subcommand statement" -s p -l period -d 'A period (today, yesterday, thisweek, lastweek, thismonth, lastmonth, thisyear, 2026-11, 2026-Q4, 2026): its first and last day as --from and --to' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand statement" -l from -d 'First day included (a month: its first day)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand statement" -l to -d 'Last day included (a month: its last day; default: today, or for `report usage` the last row)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand statement" -s o -l output -d 'Write the statement to this file (atomically) instead of stdout' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand statement" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand statement" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand statement" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand statement" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand statement" -l send -d 'E-mail it to the client\'s `email` (HTML with a text part) through `[notify]`\'s command or SMTP server'
complete -c hourbank -n "__fish_hourbank_using_subcommand statement" -l dry-run -d 'With --send: print the message instead of sending it'
complete -c hourbank -n "__fish_hourbank_using_subcommand statement" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand statement" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand statement" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand statement" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand statement" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand statement" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand publish" -l client -d 'Regenerate this client\'s folder alone' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand publish" -l as-of -d 'The pages as of this date (default: today)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand publish" -l office -d 'Also write the office\'s overview of every page (names, balances, links) to this file, which must lie outside DIR' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand publish" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand publish" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand publish" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand publish" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand publish" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand publish" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand publish" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand publish" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand publish" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand publish" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand notify-check" -l as-of -d 'Check as of this date (default: today)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand notify-check" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand notify-check" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand notify-check" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand notify-check" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand notify-check" -l dry-run -d 'Show what would be sent; send and record nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand notify-check" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand notify-check" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand notify-check" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand notify-check" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand notify-check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand notify-check" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand check" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand check" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand check" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand check" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand check" -l structural -d 'Exit 1 only for errors that stop every write (a file that cannot be read, a conflict marker, a second header line), not for merge leftovers that stop one client\'s writes nor for a failed balance assertion (what the pre-commit hook of `git-setup --hooks` runs)'
complete -c hourbank -n "__fish_hourbank_using_subcommand check" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand check" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand check" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand check" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand check" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand trust" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand trust" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand trust" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand trust" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand trust" -l show -d 'Print the delivery settings hourbank.toml sets and whether they are trusted'
complete -c hourbank -n "__fish_hourbank_using_subcommand trust" -l revoke -d 'Forget the trust given to this ledger'
complete -c hourbank -n "__fish_hourbank_using_subcommand trust" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand trust" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand trust" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand trust" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand trust" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand trust" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and not __fish_seen_subcommand_from get set unset help" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and not __fish_seen_subcommand_from get set unset help" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and not __fish_seen_subcommand_from get set unset help" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and not __fish_seen_subcommand_from get set unset help" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and not __fish_seen_subcommand_from get set unset help" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and not __fish_seen_subcommand_from get set unset help" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and not __fish_seen_subcommand_from get set unset help" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and not __fish_seen_subcommand_from get set unset help" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and not __fish_seen_subcommand_from get set unset help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and not __fish_seen_subcommand_from get set unset help" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and not __fish_seen_subcommand_from get set unset help" -f -a "get" -d 'Print the value in force of a setting (its default when the file has none)'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and not __fish_seen_subcommand_from get set unset help" -f -a "set" -d 'Set a setting (a number, true or false, a [list] or text)'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and not __fish_seen_subcommand_from get set unset help" -f -a "unset" -d 'Remove a setting from hourbank.toml: its default applies again'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and not __fish_seen_subcommand_from get set unset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from get" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from get" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from get" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from get" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from get" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from get" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from get" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from set" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from set" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from set" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from set" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from set" -l dry-run -d 'Show what would change, write nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from set" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from set" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from set" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from unset" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from unset" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from unset" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from unset" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from unset" -l dry-run -d 'Show what would change, write nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from unset" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from unset" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from unset" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print the value in force of a setting (its default when the file has none)'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a setting (a number, true or false, a [list] or text)'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove a setting from hourbank.toml: its default applies again'
complete -c hourbank -n "__fish_hourbank_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and not __fish_seen_subcommand_from add set remove help" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and not __fish_seen_subcommand_from add set remove help" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and not __fish_seen_subcommand_from add set remove help" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and not __fish_seen_subcommand_from add set remove help" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and not __fish_seen_subcommand_from add set remove help" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and not __fish_seen_subcommand_from add set remove help" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and not __fish_seen_subcommand_from add set remove help" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and not __fish_seen_subcommand_from add set remove help" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and not __fish_seen_subcommand_from add set remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and not __fish_seen_subcommand_from add set remove help" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and not __fish_seen_subcommand_from add set remove help" -f -a "add" -d 'Add a service with its hourly rate'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and not __fish_seen_subcommand_from add set remove help" -f -a "set" -d 'Change a service\'s hourly rate'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and not __fish_seen_subcommand_from add set remove help" -f -a "remove" -d 'Remove a service (refused while time rows name it)'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and not __fish_seen_subcommand_from add set remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from add" -l rate -d 'Its hourly rate' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from add" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from add" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from add" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from add" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from add" -l dry-run -d 'Show what would change, write nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from add" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from add" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from add" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from set" -l rate -d 'Its hourly rate' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from set" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from set" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from set" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from set" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from set" -l dry-run -d 'Show what would change, write nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from set" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from set" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from set" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from remove" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from remove" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from remove" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from remove" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from remove" -l dry-run -d 'Show what would change, write nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from remove" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from remove" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from remove" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a service with its hourly rate'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a service\'s hourly rate'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a service (refused while time rows name it)'
complete -c hourbank -n "__fish_hourbank_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hourbank -n "__fish_hourbank_using_subcommand undo" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand undo" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand undo" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand undo" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand undo" -l list -d 'List the writes that can be undone, newest first (time, user, command line)'
complete -c hourbank -n "__fish_hourbank_using_subcommand undo" -l dry-run -d 'Show what would be undone, change nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand undo" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand undo" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand undo" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand undo" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand undo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand undo" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand repair" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand repair" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand repair" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand repair" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand repair" -l dry-run -d 'Print what would be cleared; change nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand repair" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand repair" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand repair" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand repair" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand repair" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand repair" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand git-setup" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand git-setup" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand git-setup" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand git-setup" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand git-setup" -l hooks -d 'Also install a pre-commit hook that runs `hourbank check --structural`'
complete -c hourbank -n "__fish_hourbank_using_subcommand git-setup" -l dry-run -d 'Print what would be set up; change nothing'
complete -c hourbank -n "__fish_hourbank_using_subcommand git-setup" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand git-setup" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand git-setup" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand git-setup" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand git-setup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand git-setup" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand sync" -s m -l message -d 'The commit message (default: `hourbank sync by USER`)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand sync" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand sync" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand sync" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand sync" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand sync" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand sync" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand sync" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand sync" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand sync" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand completions" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand completions" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand completions" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand completions" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand completions" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand completions" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand completions" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand completions" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand completions" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand merge-driver" -l ledger -d 'The ledger directory (default: $HOURBANK_LEDGER, else the nearest directory at or above the working directory that holds hourbank.toml)' -r -F
complete -c hourbank -n "__fish_hourbank_using_subcommand merge-driver" -l format -d 'Output format: table, csv, json, xlsx and ods for reports and lists; html for invoices, statements and report burndown; cii, xrechnung, ubl, pdf and facturx for invoices; svg for report burndown' -r -f -a "table\t''
csv\t''
json\t''
html\t''
cii\t'An invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931)'
xrechnung\t'An invoice as CII under the German XRechnung 3.0 rules'
ubl\t'An invoice as Peppol BIS Billing 3.0 UBL'
pdf\t'An invoice printed to PDF by a headless browser (`-o FILE`)'
facturx\t'That PDF with the EN 16931 CII embedded: a Factur-X invoice (`-o FILE`)'
xlsx\t'An Excel workbook of a report (`-o FILE`)'
ods\t'An OpenDocument spreadsheet of a report (`-o FILE`)'
svg\t'A chart (`report burndown`)'"
complete -c hourbank -n "__fish_hourbank_using_subcommand merge-driver" -l time-format -d 'How reports print hours: decimal (1.50) or hm (1:30)' -r -f -a "decimal\t''
hm\t''"
complete -c hourbank -n "__fish_hourbank_using_subcommand merge-driver" -l columns -d 'Show only these columns, in this order, in every format (table, csv, json, xlsx, ods)' -r
complete -c hourbank -n "__fish_hourbank_using_subcommand merge-driver" -s q -l quiet -d 'Do not print the confirmation of a write'
complete -c hourbank -n "__fish_hourbank_using_subcommand merge-driver" -l no-color -d 'Never colour output (also: the NO_COLOR environment variable)'
complete -c hourbank -n "__fish_hourbank_using_subcommand merge-driver" -l wide -d 'Print tables at full width (by default they fit the terminal, or $COLUMNS)'
complete -c hourbank -n "__fish_hourbank_using_subcommand merge-driver" -l decimal-comma -d 'CSV for spreadsheets in decimal-comma locales: `;` between fields, `42,00`'
complete -c hourbank -n "__fish_hourbank_using_subcommand merge-driver" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hourbank -n "__fish_hourbank_using_subcommand merge-driver" -s V -l version -d 'Print version'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and not __fish_seen_subcommand_from init client person bank log-time start stop switch cancel status entry adjust expense import export invoice report statement publish notify-check check trust config service undo repair git-setup sync completions merge-driver help" -f -a "init" -d 'Create a new ledger directory'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and not __fish_seen_subcommand_from init client person bank log-time start stop switch cancel status entry adjust expense import export invoice report statement publish notify-check check trust config service undo repair git-setup sync completions merge-driver help" -f -a "client" -d 'Add, list, show, change, remove or forget clients'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and not __fish_seen_subcommand_from init client person bank log-time start stop switch cancel status entry adjust expense import export invoice report statement publish notify-check check trust config service undo repair git-setup sync completions merge-driver help" -f -a "person" -d 'Add, list, show, change, remove or forget people and their flex banks'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and not __fish_seen_subcommand_from init client person bank log-time start stop switch cancel status entry adjust expense import export invoice report statement publish notify-check check trust config service undo repair git-setup sync completions merge-driver help" -f -a "bank" -d 'Buy, list, correct or remove lots of hours'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and not __fish_seen_subcommand_from init client person bank log-time start stop switch cancel status entry adjust expense import export invoice report statement publish notify-check check trust config service undo repair git-setup sync completions merge-driver help" -f -a "log-time" -d 'Log work against a client\'s bank (or time off with --time-off)'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and not __fish_seen_subcommand_from init client person bank log-time start stop switch cancel status entry adjust expense import export invoice report statement publish notify-check check trust config service undo repair git-setup sync completions merge-driver help" -f -a "start" -d 'Start a timer for a client (one per person)'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and not __fish_seen_subcommand_from init client person bank log-time start stop switch cancel status entry adjust expense import export invoice report statement publish notify-check check trust config service undo repair git-setup sync completions merge-driver help" -f -a "stop" -d 'Stop the running timer and log the time it ran'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and not __fish_seen_subcommand_from init client person bank log-time start stop switch cancel status entry adjust expense import export invoice report statement publish notify-check check trust config service undo repair git-setup sync completions merge-driver help" -f -a "switch" -d 'Stop the running timer (logging its time) and start one for another client'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and not __fish_seen_subcommand_from init client person bank log-time start stop switch cancel status entry adjust expense import export invoice report statement publish notify-check check trust config service undo repair git-setup sync completions merge-driver help" -f -a "cancel" -d 'Drop the running timer without logging anything'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and not __fish_seen_subcommand_from init client person bank log-time start stop switch cancel status entry adjust expense import export invoice report statement publish notify-check check trust config service undo repair git-setup sync completions merge-driver help" -f -a "status" -d 'One line per running timer, and per client named (for prompts and tmux)'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and not __fish_seen_subcommand_from init client person bank log-time start stop switch cancel status entry adjust expense import export invoice report statement publish notify-check check trust config service undo repair git-setup sync completions merge-driver help" -f -a "entry" -d 'List, edit or remove the rows of the time log'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and not __fish_seen_subcommand_from init client person bank log-time start stop switch cancel status entry adjust expense import export invoice report statement publish notify-check check trust config service undo repair git-setup sync completions merge-driver help" -f -a "adjust" -d 'Correct a balance (+/- hours), set it, or assert it'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and not __fish_seen_subcommand_from init client person bank log-time start stop switch cancel status entry adjust expense import export invoice report statement publish notify-check check trust config service undo repair git-setup sync completions merge-driver help" -f -a "expense" -d 'Pass a cost on to a client: billed on its next invoice'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and not __fish_seen_subcommand_from init client person bank log-time start stop switch cancel status entry adjust expense import export invoice report statement publish notify-check check trust config service undo repair git-setup sync completions merge-driver help" -f -a "import" -d 'Import time rows from another tool\'s log'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and not __fish_seen_subcommand_from init client person bank log-time start stop switch cancel status entry adjust expense import export invoice report statement publish notify-check check trust config service undo repair git-setup sync completions merge-driver help" -f -a "export" -d 'Export the banks as an hledger, ledger or beancount journal, or the whole ledger as a SQLite database'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and not __fish_seen_subcommand_from init client person bank log-time start stop switch cancel status entry adjust expense import export invoice report statement publish notify-check check trust config service undo repair git-setup sync completions merge-driver help" -f -a "invoice" -d 'Bill a client for a period, show an issued invoice, or record a payment'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and not __fish_seen_subcommand_from init client person bank log-time start stop switch cancel status entry adjust expense import export invoice report statement publish notify-check check trust config service undo repair git-setup sync completions merge-driver help" -f -a "report" -d 'Balances, statements and usage'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and not __fish_seen_subcommand_from init client person bank log-time start stop switch cancel status entry adjust expense import export invoice report statement publish notify-check check trust config service undo repair git-setup sync completions merge-driver help" -f -a "statement" -d 'A client\'s statement of hours and invoices, to send to the client'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and not __fish_seen_subcommand_from init client person bank log-time start stop switch cancel status entry adjust expense import export invoice report statement publish notify-check check trust config service undo repair git-setup sync completions merge-driver help" -f -a "publish" -d 'Write a static page per client (balance, chart, expiries, recent work, invoices)'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and not __fish_seen_subcommand_from init client person bank log-time start stop switch cancel status entry adjust expense import export invoice report statement publish notify-check check trust config service undo repair git-setup sync completions merge-driver help" -f -a "notify-check" -d 'Send the alerts that are due and were not sent before, and buy the top-ups clients agreed to (for cron)'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and not __fish_seen_subcommand_from init client person bank log-time start stop switch cancel status entry adjust expense import export invoice report statement publish notify-check check trust config service undo repair git-setup sync completions merge-driver help" -f -a "check" -d 'Validate the whole ledger (prints nothing when all is well; --format csv or json: one row per finding with file, line, severity, a stable code and the message)'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and not __fish_seen_subcommand_from init client person bank log-time start stop switch cancel status entry adjust expense import export invoice report statement publish notify-check check trust config service undo repair git-setup sync completions merge-driver help" -f -a "trust" -d 'Trust the delivery settings ([notify] command, to, from, [notify.smtp]) that this ledger\'s hourbank.toml sets; a change to them (a pull) needs a new trust'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and not __fish_seen_subcommand_from init client person bank log-time start stop switch cancel status entry adjust expense import export invoice report statement publish notify-check check trust config service undo repair git-setup sync completions merge-driver help" -f -a "config" -d 'Read and change the settings of hourbank.toml (comments are kept)'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and not __fish_seen_subcommand_from init client person bank log-time start stop switch cancel status entry adjust expense import export invoice report statement publish notify-check check trust config service undo repair git-setup sync completions merge-driver help" -f -a "service" -d 'Add, change or remove named services and their rates ([services.NAME] rate)'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and not __fish_seen_subcommand_from init client person bank log-time start stop switch cancel status entry adjust expense import export invoice report statement publish notify-check check trust config service undo repair git-setup sync completions merge-driver help" -f -a "undo" -d 'Undo the latest write (up to the last 20, one at a time), while its files are as it left them'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and not __fish_seen_subcommand_from init client person bank log-time start stop switch cancel status entry adjust expense import export invoice report statement publish notify-check check trust config service undo repair git-setup sync completions merge-driver help" -f -a "repair" -d 'Clear what interrupted writes left (records that could not be rolled back, temporary files) and rewrite a CSV file with a second header line under one header'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and not __fish_seen_subcommand_from init client person bank log-time start stop switch cancel status entry adjust expense import export invoice report statement publish notify-check check trust config service undo repair git-setup sync completions merge-driver help" -f -a "git-setup" -d 'Set up this clone to merge the ledger with hourbank\'s driver (and with --hooks, to refuse a commit of a ledger with errors)'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and not __fish_seen_subcommand_from init client person bank log-time start stop switch cancel status entry adjust expense import export invoice report statement publish notify-check check trust config service undo repair git-setup sync completions merge-driver help" -f -a "sync" -d 'Commit the ledger\'s files, pull, check, and push when the ledger is clean'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and not __fish_seen_subcommand_from init client person bank log-time start stop switch cancel status entry adjust expense import export invoice report statement publish notify-check check trust config service undo repair git-setup sync completions merge-driver help" -f -a "completions" -d 'Print shell completions (bash, zsh, fish, powershell, elvish)'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and not __fish_seen_subcommand_from init client person bank log-time start stop switch cancel status entry adjust expense import export invoice report statement publish notify-check check trust config service undo repair git-setup sync completions merge-driver help" -f -a "merge-driver" -d 'Merge a ledger file for git: CSV rows by id, TOML tables by key (set up with `hourbank git-setup`); writes the result to OURS'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and not __fish_seen_subcommand_from init client person bank log-time start stop switch cancel status entry adjust expense import export invoice report statement publish notify-check check trust config service undo repair git-setup sync completions merge-driver help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "add" -d 'Add a client'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "list" -d 'List the clients'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "show" -d 'Show one client\'s settings and balance'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "set" -d 'Change a client\'s settings (comments in clients.toml are kept)'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "remove" -d 'Remove a client no row refers to'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from client" -f -a "forget" -d 'Replace a client\'s personal fields with a placeholder, keeping every row'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "add" -d 'Add a person (people.toml is created when it does not exist)'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "list" -d 'List the people with their weekly schedule and banks'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "show" -d 'Show one person\'s settings, each bank\'s balance and its accrual lots'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "set" -d 'Change a person\'s settings (comments in people.toml are kept)'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "remove" -d 'Remove a person no row refers to'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "forget" -d 'Replace a person\'s personal fields with a placeholder, keeping every row'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "bank" -d 'Add, change or remove a person\'s flex bank'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from bank" -f -a "buy" -d 'Record a purchase of hours (a lot)'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from bank" -f -a "list" -d 'List a client\'s lots with used, expired and remaining hours'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from bank" -f -a "edit" -d 'Correct a purchase entered wrongly (rewrites purchases.csv atomically)'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from bank" -f -a "remove" -d 'Remove a purchase entered by mistake (rewrites purchases.csv atomically)'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from entry" -f -a "list" -d 'List time rows with the invoice that billed each (--unbilled: work in progress)'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from entry" -f -a "edit" -d 'Change a time row (charged is recomputed when hours, billable, service or client change)'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from entry" -f -a "remove" -d 'Remove a time row'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from expense" -f -a "remove" -d 'Remove an expense entered by mistake (rewrites expenses.csv atomically)'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "pay" -d 'Record a payment against an invoice'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "credit" -d 'Issue a credit note: void an invoice (--all) or credit part of it'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "renumber" -d 'Give the later-issued of two invoices with one number (two clones each issued it) the next free number, with its lines and payments'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "balances" -d 'Every client\'s purchased, consumed, expired and available hours'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "history" -d 'One client\'s statement: every purchase, work row, adjustment and expiry with a running balance'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "usage" -d 'Hours and billable amounts grouped by day, week, month, year, client, person, project or service'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "invoices" -d 'Issued invoices with what is paid and outstanding'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "flex" -d 'Every person\'s flex-time banks: balance, accrued, used, expired, forfeited'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "burndown" -d 'A client\'s available hours over time (or a flex bank\'s balance) as a chart'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "budgets" -d 'Every project budget: hours budgeted, used and left in its period'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'Print the value in force of a setting (its default when the file has none)'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set a setting (a number, true or false, a [list] or text)'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Remove a setting from hourbank.toml: its default applies again'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "add" -d 'Add a service with its hourly rate'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "set" -d 'Change a service\'s hourly rate'
complete -c hourbank -n "__fish_hourbank_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "remove" -d 'Remove a service (refused while time rows name it)'
