<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en_GB">
    <context>
        <name>About</name>
        <message>
            <source>Version</source>
            <translation>Versione</translation>
        </message>
        <message>
            <source>Schema revision</source>
            <translation>Revisione dello schema</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Cartella dei dati</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>Revision of this database</source>
            <translation>Revisione di questo database</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Serre Desk</source>
            <translation>Informazioni su Serre Desk</translation>
        </message>
        <message>
            <source>The front desk of {venue}.</source>
            <translation>Il banco di accoglienza di {venue}.</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copia</translation>
        </message>
        <message>
            <source>Copy these details, for support</source>
            <translation>Copia questi dettagli, per l'assistenza</translation>
        </message>
        <message>
            <source>&amp;About Serre Desk</source>
            <translation>&amp;Informazioni su Serre Desk</translation>
        </message>
        <message>
            <source>The version, the database's schema revision and the data folder</source>
            <translation>La versione, la revisione dello schema del database e la cartella dei dati</translation>
        </message>
    </context>
    <context>
        <name>Age</name>
        <message>
            <source>{years} {months}</source>
            <translation>{years} e {months}</translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n anno</numerusform>
                <numerusform>%n anni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n mese</numerusform>
                <numerusform>%n mesi</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AgeBand</name>
        <message>
            <source>under 12 months</source>
            <translation>sotto i 12 mesi</translation>
        </message>
        <message>
            <source>12 to 36 months</source>
            <translation>da 12 a 36 mesi</translation>
        </message>
        <message>
            <source>over 36 months</source>
            <translation>oltre i 36 mesi</translation>
        </message>
    </context>
    <context>
        <name>ArchiveDuty</name>
        <message>
            <source>Attendance sheets archived</source>
            <translation>Fogli presenze archiviati</translation>
        </message>
        <message>
            <source>Sheets written for {days} in {folder}.</source>
            <translation>Fogli scritti per {days} in {folder}.</translation>
        </message>
        <message>
            <source>Guests anonymised in the sheets of {days} (privacy rules).</source>
            <translation>Ospiti resi anonimi nei fogli di {days} (regole sulla privacy).</translation>
        </message>
        <message>
            <source>Attendance sheets not archived</source>
            <translation>Fogli presenze non archiviati</translation>
        </message>
        <message>
            <source>The archive folder cannot be written ({reason}). The sheets will be written at the next closing or start; check the folder or the network drive.</source>
            <translation>Impossibile scrivere nella cartella dell’archivio ({reason}). I fogli saranno scritti alla prossima chiusura o al prossimo avvio; controlla la cartella o il disco di rete.</translation>
        </message>
    </context>
    <context>
        <name>Area</name>
        <message>
            <source>Coworking</source>
            <translation>Coworking</translation>
        </message>
        <message>
            <source>Spazio bimbi</source>
            <translation>Spazio bimbi</translation>
        </message>
    </context>
    <context>
        <name>AreasPage</name>
        <message>
            <source>Areas</source>
            <translation>Aree</translation>
        </message>
        <message>
            <source>The places counted at the desk. A tile turns amber from the share of the capacity given here, and red when the area is full.</source>
            <translation>Gli spazi contati al banco. Un riquadro diventa ambra dalla quota di capienza indicata qui, e rosso quando l’area è piena.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Capienza</translation>
        </message>
        <message>
            <source>For children</source>
            <translation>Per bambini</translation>
        </message>
        <message>
            <source>Amber from</source>
            <translation>Ambra da</translation>
        </message>
        <message>
            <source>Inside now</source>
            <translation>Presenti ora</translation>
        </message>
        <message>
            <source>Add an area</source>
            <translation>Aggiungi un’area</translation>
        </message>
        <message>
            <source>A new area, e.g. a meeting room or an event hall</source>
            <translation>Una nuova area, ad esempio una sala riunioni o una sala eventi</translation>
        </message>
        <message>
            <source>Name of the area</source>
            <translation>Nome dell’area</translation>
        </message>
        <message>
            <source>e.g. Sala eventi</source>
            <translation>es. Sala eventi</translation>
        </message>
        <message>
            <source> places</source>
            <translation> posti</translation>
        </message>
        <message>
            <source>children</source>
            <translation>bambini</translation>
        </message>
        <message>
            <source>Counts children, with the educators' ratio</source>
            <translation>Conta i bambini, con il rapporto educatori/bambini</translation>
        </message>
        <message>
            <source>Amber from this share of the capacity</source>
            <translation>Ambra da questa quota della capienza</translation>
        </message>
        <message>
            <source>{inside} inside now, more than {capacity}: nobody else can enter until {count} have left.</source>
            <translation>{inside} presenti ora, più di {capacity}: nessun altro può entrare finché non ne sono usciti {count}.</translation>
        </message>
        <message>
            <source>Saved. {areas}: more people inside than the new capacity; check-ins there are refused until enough have left.</source>
            <translation>Salvato. {areas}: più presenti della nuova capienza; gli ingressi sono rifiutati finché non ne escono abbastanza.</translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <source>Audit event #{event} was altered: its content does not match its hash.</source>
            <translation>L'evento di audit n. {event} è stato alterato: il contenuto non corrisponde alla sua impronta.</translation>
        </message>
        <message>
            <source>The audit chain breaks at event #{event}: the event before it (after #{previous}) was removed or altered.</source>
            <translation>La catena di audit si interrompe all'evento n. {event}: l'evento precedente (dopo il n. {previous}) è stato rimosso o alterato.</translation>
        </message>
        <message>
            <source>The newest audit events after #{previous} were removed.</source>
            <translation>Gli eventi di audit più recenti dopo il n. {previous} sono stati rimossi.</translation>
        </message>
        <message>
            <source>The audit log holds no event sealed with its key: its events were removed.</source>
            <translation>Il registro di audit non contiene alcun evento sigillato con la sua chiave: i suoi eventi sono stati rimossi.</translation>
        </message>
        <message>
            <source>The chain still holds the anchor: {count} events up to {head}.</source>
            <translation>La catena contiene ancora l'ancora: {count} eventi fino a {head}.</translation>
        </message>
        <message>
            <source>The anchor ({count} events) is older than the pruned events.</source>
            <translation>L'ancora ({count} eventi) è più vecchia degli eventi eliminati per conservazione.</translation>
        </message>
        <message>
            <source>The audit chain no longer holds the anchored head {head} ({count} events): events were removed or rewritten.</source>
            <translation>La catena di audit non contiene più la testa ancorata {head} ({count} eventi): degli eventi sono stati rimossi o riscritti.</translation>
        </message>
        <message>
            <source>The anchored head {head} is no longer event number {count} of the chain: events before it were removed.</source>
            <translation>La testa ancorata {head} non è più l'evento numero {count} della catena: degli eventi precedenti sono stati rimossi.</translation>
        </message>
    </context>
    <context>
        <name>AuditAction</name>
        <message>
            <source>Area changed</source>
            <translation>Area modificata</translation>
        </message>
        <message>
            <source>Old events removed</source>
            <translation>Eventi vecchi rimossi</translation>
        </message>
        <message>
            <source>Erased names removed from events</source>
            <translation>Nomi cancellati tolti dagli eventi</translation>
        </message>
        <message>
            <source>Checked out at closing</source>
            <translation>Uscita alla chiusura</translation>
        </message>
        <message>
            <source>Badge issued</source>
            <translation>Badge emesso</translation>
        </message>
        <message>
            <source>Badge revoked</source>
            <translation>Badge revocato</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Entrata</translation>
        </message>
        <message>
            <source>Check-out</source>
            <translation>Uscita</translation>
        </message>
        <message>
            <source>Child's data removed</source>
            <translation>Dati del bambino rimossi</translation>
        </message>
        <message>
            <source>Day closed</source>
            <translation>Giornata chiusa</translation>
        </message>
        <message>
            <source>Closed day changed</source>
            <translation>Giorno di chiusura modificato</translation>
        </message>
        <message>
            <source>Demo data added</source>
            <translation>Dati dimostrativi aggiunti</translation>
        </message>
        <message>
            <source>Guardian added</source>
            <translation>Accompagnatore aggiunto</translation>
        </message>
        <message>
            <source>Guardian removed</source>
            <translation>Accompagnatore rimosso</translation>
        </message>
        <message>
            <source>Opening hours changed</source>
            <translation>Orari di apertura modificati</translation>
        </message>
        <message>
            <source>People imported</source>
            <translation>Persone importate</translation>
        </message>
        <message>
            <source>Child alarm handled</source>
            <translation>Allarme bambino gestito</translation>
        </message>
        <message>
            <source>Pickup slip printed again</source>
            <translation>Tagliando di ritiro ristampato</translation>
        </message>
        <message>
            <source>Legal hold</source>
            <translation>Conservazione per obbligo legale</translation>
        </message>
        <message>
            <source>Person registered</source>
            <translation>Persona registrata</translation>
        </message>
        <message>
            <source>Person anonymised (retention)</source>
            <translation>Persona anonimizzata (conservazione scaduta)</translation>
        </message>
        <message>
            <source>Person edited</source>
            <translation>Persona modificata</translation>
        </message>
        <message>
            <source>Pickup refused</source>
            <translation>Ritiro rifiutato</translation>
        </message>
        <message>
            <source>Plan changed</source>
            <translation>Piano modificato</translation>
        </message>
        <message>
            <source>Data erased on request</source>
            <translation>Dati cancellati su richiesta</translation>
        </message>
        <message>
            <source>Data exported on request</source>
            <translation>Dati esportati su richiesta</translation>
        </message>
        <message>
            <source>Educator ratios changed</source>
            <translation>Rapporti educatori modificati</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Backup ripristinato</translation>
        </message>
        <message>
            <source>Badge scan refused</source>
            <translation>Scansione del badge rifiutata</translation>
        </message>
        <message>
            <source>Self-service at the locked desk</source>
            <translation>Self-service a banco bloccato</translation>
        </message>
        <message>
            <source>Setting changed</source>
            <translation>Impostazione modificata</translation>
        </message>
        <message>
            <source>Attendance sheet anonymised</source>
            <translation>Foglio presenze anonimizzato</translation>
        </message>
        <message>
            <source>Attendance sheet archived</source>
            <translation>Foglio presenze archiviato</translation>
        </message>
        <message>
            <source>Sign-in failed</source>
            <translation>Accesso non riuscito</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annullamento</translation>
        </message>
        <message>
            <source>Desk user added</source>
            <translation>Utente del desk aggiunto</translation>
        </message>
        <message>
            <source>Desk user locked out</source>
            <translation>Utente del desk bloccato</translation>
        </message>
        <message>
            <source>Desk user deactivated</source>
            <translation>Utente del desk disattivato</translation>
        </message>
        <message>
            <source>Password changed</source>
            <translation>Password cambiata</translation>
        </message>
        <message>
            <source>Desk user unlocked</source>
            <translation>Utente del desk sbloccato</translation>
        </message>
        <message>
            <source>Desk user reactivated with a new PIN or password</source>
            <translation>Utente del desk riattivato con un nuovo PIN o password</translation>
        </message>
        <message>
            <source>New recovery code for a manager</source>
            <translation>Nuovo codice di recupero per un responsabile</translation>
        </message>
        <message>
            <source>Manager recovered with the recovery code</source>
            <translation>Responsabile recuperato con il codice di recupero</translation>
        </message>
        <message>
            <source>Wrong recovery code</source>
            <translation>Codice di recupero errato</translation>
        </message>
    </context>
    <context>
        <name>AuditDetail</name>
        <message>
            <source>erased person</source>
            <translation>persona cancellata</translation>
        </message>
        <message>
            <source>moved from {area}</source>
            <translation>spostamento da {area}</translation>
        </message>
        <message>
            <source>Corrected time: {time}</source>
            <translation>Orario corretto: {time}</translation>
        </message>
        <message>
            <source>Capacity exceeded: {area}, {places}</source>
            <translation>Capienza superata: {area}, {places}</translation>
        </message>
        <message>
            <source>Capacity exceeded: {area}</source>
            <translation>Capienza superata: {area}</translation>
        </message>
        <message>
            <source>Too few educators for the ratio</source>
            <translation>Educatori insufficienti per il rapporto</translation>
        </message>
        <message>
            <source>Brought by {name}</source>
            <translation>Accompagnato da {name}</translation>
        </message>
        <message>
            <source>Pickup expected at {time}</source>
            <translation>Ritiro previsto alle {time}</translation>
        </message>
        <message>
            <source>Released to {name} by a manager's decision</source>
            <translation>Consegnato a {name} per decisione del responsabile</translation>
        </message>
        <message>
            <source>Collected by {name} with the pickup code</source>
            <translation>Ritirato da {name} con il codice di ritiro</translation>
        </message>
        <message>
            <source>plan used up, expired or no seat left</source>
            <translation>piano esaurito, scaduto o senza posti liberi</translation>
        </message>
        <message>
            <source>privacy notice not yet acknowledged</source>
            <translation>informativa privacy da mostrare</translation>
        </message>
        <message>
            <source>too few educators left in the area moved from</source>
            <translation>troppo pochi educatori rimasti nell’area lasciata</translation>
        </message>
        <message>
            <source>Warned: {what}</source>
            <translation>Avviso dato: {what}</translation>
        </message>
        <message>
            <source>{area}: checked out at {time}</source>
            <translation>{area}: uscita automatica alle {time}</translation>
        </message>
        <message>
            <source>No pickup code given</source>
            <translation>Nessun codice di ritiro presentato</translation>
        </message>
        <message>
            <source>Too many wrong codes: only a manager can release</source>
            <translation>Troppi codici errati: può consegnare solo un responsabile</translation>
        </message>
        <message>
            <source>Wrong pickup code</source>
            <translation>Codice di ritiro errato</translation>
        </message>
        <message>
            <source>Not authorised to collect</source>
            <translation>Non autorizzato al ritiro</translation>
        </message>
        <message>
            <source>Marked as NOT authorised to collect</source>
            <translation>Indicato come NON autorizzato al ritiro</translation>
        </message>
        <message>
            <source>One-day authorisation expired</source>
            <translation>Autorizzazione di un giorno scaduta</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Rifiutato</translation>
        </message>
        <message>
            <source>({count} of {limit})</source>
            <translation>({count} di {limit})</translation>
        </message>
        <message>
            <source>Adult: {name}</source>
            <translation>Adulto: {name}</translation>
        </message>
        <message>
            <source>Revoked badge</source>
            <translation>Badge revocato</translation>
        </message>
        <message>
            <source>Tampered or mistyped badge code</source>
            <translation>Codice del badge alterato o digitato male</translation>
        </message>
        <message>
            <source>Badge of another venue</source>
            <translation>Badge di un'altra sede</translation>
        </message>
        <message>
            <source>Not a Serre badge</source>
            <translation>Non è un badge delle Serre</translation>
        </message>
        <message>
            <source>at the locked desk</source>
            <translation>a banco bloccato</translation>
        </message>
        <message>
            <source>Checked out of {area} at the locked desk</source>
            <translation>Uscita da {area} a banco bloccato</translation>
        </message>
        <message>
            <source>Checked in to {area} at the locked desk</source>
            <translation>Entrata in {area} a banco bloccato</translation>
        </message>
        <message>
            <source>Check-out from {area} undone</source>
            <translation>Annullata l'uscita da {area}</translation>
        </message>
        <message>
            <source>Check-in to {area} undone</source>
            <translation>Annullata l'entrata in {area}</translation>
        </message>
        <message>
            <source>Day pass for {day}</source>
            <translation>Pass giornaliero del {day}</translation>
        </message>
        <message>
            <source>Staff badge</source>
            <translation>Badge dello staff</translation>
        </message>
        <message>
            <source>Member badge</source>
            <translation>Badge da socio</translation>
        </message>
        <message>
            <source>Replaced by a new badge</source>
            <translation>Sostituito da un nuovo badge</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Ritirato</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nome</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>organizzazione</translation>
        </message>
        <message>
            <source>email</source>
            <translation>email</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>telefono</translation>
        </message>
        <message>
            <source>usual area</source>
            <translation>area abituale</translation>
        </message>
        <message>
            <source>membership end</source>
            <translation>fine dell'abbonamento</translation>
        </message>
        <message>
            <source>kind of person</source>
            <translation>tipo di persona</translation>
        </message>
        <message>
            <source>privacy notice acknowledged</source>
            <translation>presa visione dell'informativa privacy</translation>
        </message>
        <message>
            <source>photo consent</source>
            <translation>consenso alle foto</translation>
        </message>
        <message>
            <source>health notes</source>
            <translation>note sanitarie</translation>
        </message>
        <message>
            <source>birth date</source>
            <translation>data di nascita</translation>
        </message>
        <message>
            <source>from an imported file</source>
            <translation>da un file importato</translation>
        </message>
        <message>
            <source>May collect: {names}</source>
            <translation>Può ritirare: {names}</translation>
        </message>
        <message>
            <source>NOT authorised to collect: {names}</source>
            <translation>NON autorizzati al ritiro: {names}</translation>
        </message>
        <message>
            <source>health notes recorded</source>
            <translation>note sanitarie registrate</translation>
        </message>
        <message>
            <source>photo consent given</source>
            <translation>consenso alle foto dato</translation>
        </message>
        <message>
            <source>privacy notice shown</source>
            <translation>informativa privacy mostrata</translation>
        </message>
        <message>
            <source>Changed: {fields}</source>
            <translation>Modificati: {fields}</translation>
        </message>
        <message>
            <source>{name}: NOT authorised to collect</source>
            <translation>{name}: NON autorizzato al ritiro</translation>
        </message>
        <message>
            <source>{name}: may collect on {day} only</source>
            <translation>{name}: può ritirare solo il {day}</translation>
        </message>
        <message>
            <source>{name}: may collect</source>
            <translation>{name}: può ritirare</translation>
        </message>
        <message>
            <source>No longer linked: {name}</source>
            <translation>Non più collegato: {name}</translation>
        </message>
        <message>
            <source>Day {day}</source>
            <translation>Giorno {day}</translation>
        </message>
        <message>
            <source>Children still inside: {names}</source>
            <translation>Bambini ancora dentro: {names}</translation>
        </message>
        <message>
            <source>{day}: closed</source>
            <translation>{day}: chiuso</translation>
        </message>
        <message>
            <source>{day}: open again</source>
            <translation>{day}: di nuovo aperto</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>Lunedì</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Martedì</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Mercoledì</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Giovedì</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Venerdì</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Sabato</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Domenica</translation>
        </message>
        <message>
            <source>{weekday}: {hours}</source>
            <translation>{weekday}: {hours}</translation>
        </message>
        <message>
            <source>{weekday}: closed</source>
            <translation>{weekday}: chiuso</translation>
        </message>
        <message>
            <source>{area}: capacity {places}</source>
            <translation>{area}: capienza {places}</translation>
        </message>
        <message>
            <source>under 12 months</source>
            <translation>sotto i 12 mesi</translation>
        </message>
        <message>
            <source>12 to 36 months</source>
            <translation>da 12 a 36 mesi</translation>
        </message>
        <message>
            <source>over 36 months</source>
            <translation>oltre i 36 mesi</translation>
        </message>
        <message>
            <source>{band}: 1 educator per {count}</source>
            <translation>{band}: 1 educatore ogni {count}</translation>
        </message>
        <message>
            <source>Badges work at the locked desk</source>
            <translation>I badge funzionano a banco bloccato</translation>
        </message>
        <message>
            <source>Badges do not work at the locked desk</source>
            <translation>I badge non funzionano a banco bloccato</translation>
        </message>
        <message>
            <source>Check-ins over the plan refused</source>
            <translation>Ingressi oltre il piano rifiutati</translation>
        </message>
        <message>
            <source>Check-ins over the plan warned</source>
            <translation>Ingressi oltre il piano con avviso</translation>
        </message>
        <message>
            <source>Backup folder: {folder}</source>
            <translation>Cartella dei backup: {folder}</translation>
        </message>
        <message>
            <source>Pickup locked after wrong codes</source>
            <translation>Ritiro bloccato dopo codici errati</translation>
        </message>
        <message>
            <source>One-day pickup authorisation needs a manager</source>
            <translation>La delega al ritiro di un giorno richiede un responsabile</translation>
        </message>
        <message>
            <source>Amber from (% of capacity)</source>
            <translation>Ambra da (% della capienza)</translation>
        </message>
        <message>
            <source>Privacy notice version</source>
            <translation>Versione dell’informativa privacy</translation>
        </message>
        <message>
            <source>Daily backups kept</source>
            <translation>Backup giornalieri conservati</translation>
        </message>
        <message>
            <source>This desk's database</source>
            <translation>Database di questo banco</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sì</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Hold set</source>
            <translation>Blocco attivato</translation>
        </message>
        <message>
            <source>Hold lifted</source>
            <translation>Blocco tolto</translation>
        </message>
        <message>
            <source>As a {format} file</source>
            <translation>Come file {format}</translation>
        </message>
        <message>
            <source>trial run, nothing saved</source>
            <translation>prova, nulla salvato</translation>
        </message>
        <message>
            <source>Sheet of {day}</source>
            <translation>Foglio del {day}</translation>
        </message>
        <message>
            <source>version {number}</source>
            <translation>versione {number}</translation>
        </message>
        <message>
            <source>guests anonymised</source>
            <translation>ospiti anonimizzati</translation>
        </message>
        <message>
            <source>Sheet of {day} written again without names</source>
            <translation>Foglio del {day} riscritto senza nomi</translation>
        </message>
        <message>
            <source>From {file}</source>
            <translation>Da {file}</translation>
        </message>
        <message>
            <source>the database before it kept as {file}</source>
            <translation>il database precedente conservato come {file}</translation>
        </message>
        <message>
            <source>manager</source>
            <translation>responsabile</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>staff</translation>
        </message>
        <message>
            <source>Plan {plan} from {start}</source>
            <translation>Piano {plan} dal {start}</translation>
        </message>
        <message>
            <source>Plan {plan} now ends on {end}</source>
            <translation>Piano {plan} ora scade il {end}</translation>
        </message>
        <message>
            <source>Plan {plan} with no end</source>
            <translation>Piano {plan} senza scadenza</translation>
        </message>
        <message>
            <source>Plan {plan}</source>
            <translation>Piano {plan}</translation>
        </message>
        <message>
            <source>Correction: real time {time}</source>
            <translation>Correzione: orario reale {time}</translation>
        </message>
        <message numerus="yes">
            <source>%n place(s)</source>
            <translation>
                <numerusform>%n posto</numerusform>
                <numerusform>%n posti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Plan {plan}: %n entry(ies) added</source>
            <translation>
                <numerusform>Piano {plan}: %n ingresso aggiunto</numerusform>
                <numerusform>Piano {plan}: %n ingressi aggiunti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{organisation}: %n seat(s)</source>
            <translation>
                <numerusform>{organisation}: %n posto</numerusform>
                <numerusform>{organisation}: %n posti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Health notes and %n guardian link(s) removed</source>
            <translation>
                <numerusform>Note sanitarie e %n collegamento con accompagnatori rimossi</numerusform>
                <numerusform>Note sanitarie e %n collegamenti con accompagnatori rimossi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n checked out automatically</source>
            <translation>
                <numerusform>%n uscita automatica</numerusform>
                <numerusform>%n uscite automatiche</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) added</source>
            <translation>
                <numerusform>%n persona aggiunta</numerusform>
                <numerusform>%n persone aggiunte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n aggiornata</numerusform>
                <numerusform>%n aggiornate</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>%n rifiutata</numerusform>
                <numerusform>%n rifiutate</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n persona</numerusform>
                <numerusform>%n persone</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) of visits</source>
            <translation>
                <numerusform>%n giorno di visite</numerusform>
                <numerusform>%n giorni di visite</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) removed</source>
            <translation>
                <numerusform>%n evento rimosso</numerusform>
                <numerusform>%n eventi rimossi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) rewritten without the name</source>
            <translation>
                <numerusform>%n evento riscritto senza il nome</numerusform>
                <numerusform>%n eventi riscritti senza il nome</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{user}: %n failed attempt(s) in a row</source>
            <translation>
                <numerusform>{user}: %n tentativo fallito di fila</numerusform>
                <numerusform>{user}: %n tentativi falliti di fila</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n guardian link(s) removed</source>
            <translation>
                <numerusform>%n collegamento con accompagnatori rimosso</numerusform>
                <numerusform>%n collegamenti con accompagnatori rimossi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The desk locks after %n idle minute(s)</source>
            <translation>
                <numerusform>Il banco si blocca dopo %n minuto di inattività</numerusform>
                <numerusform>Il banco si blocca dopo %n minuti di inattività</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Guests kept %n day(s)</source>
            <translation>
                <numerusform>Ospiti conservati %n giorno</numerusform>
                <numerusform>Ospiti conservati %n giorni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>members %n day(s)</source>
            <translation>
                <numerusform>soci %n giorno</numerusform>
                <numerusform>soci %n giorni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>children %n day(s)</source>
            <translation>
                <numerusform>bambini %n giorno</numerusform>
                <numerusform>bambini %n giorni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>audit %n month(s)</source>
            <translation>
                <numerusform>registro %n mese</numerusform>
                <numerusform>registro %n mesi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n earlier version(s) deleted</source>
            <translation>
                <numerusform>%n versione precedente eliminata</numerusform>
                <numerusform>%n versioni precedenti eliminate</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) before {day} removed</source>
            <translation>
                <numerusform>%n evento anteriore al {day} rimosso</numerusform>
                <numerusform>%n eventi anteriori al {day} rimossi</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Azione</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Dettagli</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Desk user</source>
            <translation>Operatore</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>Postazione</translation>
        </message>
    </context>
    <context>
        <name>AuditTab</name>
        <message>
            <source>Audit log</source>
            <translation>Registro di audit</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <source>All days</source>
            <translation>Tutti i giorni</translation>
        </message>
        <message>
            <source>Any action</source>
            <translation>Qualsiasi azione</translation>
        </message>
        <message>
            <source>Desk user</source>
            <translation>Operatore</translation>
        </message>
        <message>
            <source>Person (name or number)</source>
            <translation>Persona (nome o numero)</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostra</translation>
        </message>
        <message>
            <source>Verify the chain</source>
            <translation>Verifica la catena</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Dal</translation>
        </message>
        <message>
            <source>to</source>
            <translation>al</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n evento</numerusform>
                <numerusform>%n eventi</numerusform>
            </translation>
        </message>
        <message>
            <source>Verifying the chain…</source>
            <translation>Verifica della catena in corso…</translation>
        </message>
        <message numerus="yes">
            <source>The audit log is whole: %n event(s) checked.</source>
            <translation>
                <numerusform>Il registro è integro: %n evento verificato.</numerusform>
                <numerusform>Il registro è integro: %n eventi verificati.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It holds the %n anchor(s) kept with the backups.</source>
            <translation>
                <numerusform>Contiene l'ancora conservata con i backup.</numerusform>
                <numerusform>Contiene le %n ancore conservate con i backup.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackupsPage</name>
        <message>
            <source>Backups</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>The desk backs up its database once a day. Keep the backups on another disk or folder, so a broken disk does not take them too.</source>
            <translation>Il banco fa il backup del database una volta al giorno. Tieni i backup su un altro disco o in un’altra cartella, così un disco guasto non li porta via con sé.</translation>
        </message>
        <message>
            <source>Where and how many</source>
            <translation>Dove e quanti</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Cartella dei backup</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Scegli…</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Cartella</translation>
        </message>
        <message>
            <source> daily backups</source>
            <translation> backup giornalieri</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Conserva</translation>
        </message>
        <message>
            <source>Backups in the folder</source>
            <translation>Backup nella cartella</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Fai il backup ora</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Ripristina…</translation>
        </message>
        <message>
            <source>Replace the database with the chosen backup (the current one is kept)</source>
            <translation>Sostituisci il database con il backup scelto (quello attuale viene conservato)</translation>
        </message>
        <message>
            <source>This desk uses PostgreSQL: back it up with pg_dump and restore with pg_restore on the server (see docs/backups.md).</source>
            <translation>Questo banco usa PostgreSQL: fai il backup con pg_dump e ripristina con pg_restore sul server (vedi docs/backups.md).</translation>
        </message>
        <message>
            <source>Choose the folder for the backups.</source>
            <translation>Scegli la cartella per i backup.</translation>
        </message>
        <message>
            <source>Backed up to {path}.</source>
            <translation>Backup salvato in {path}.</translation>
        </message>
        <message>
            <source>Choose a backup in the list first.</source>
            <translation>Prima scegli un backup nell’elenco.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Ripristina un backup</translation>
        </message>
        <message>
            <source>Replace the database with the backup of {when}?

It holds {people} people, {visits} visits and {events} audit events. Everything recorded after it is replaced; the current database is kept beside the backups. Serre Desk closes after the restore: start it again.</source>
            <translation>Sostituire il database con il backup di {when}?

Contiene {people} persone, {visits} visite e {events} eventi di audit. Tutto ciò che è stato registrato dopo viene sostituito; il database attuale è conservato accanto ai backup. Serre Desk si chiude dopo il ripristino: avvialo di nuovo.</translation>
        </message>
        <message>
            <source>Restore the backup of {when}</source>
            <translation>Ripristina il backup di {when}</translation>
        </message>
        <message>
            <source>Keep the current database</source>
            <translation>Tieni il database attuale</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Backup ripristinato</translation>
        </message>
        <message>
            <source>The database is now the backup {name}. The one it replaced is kept as {kept}. Serre Desk closes now: start it again.</source>
            <translation>Il database ora è il backup {name}. Quello sostituito è conservato come {kept}. Serre Desk ora si chiude: avvialo di nuovo.</translation>
        </message>
    </context>
    <context>
        <name>Badge</name>
        <message>
            <source>Badges</source>
            <translation>Badge</translation>
        </message>
        <message>
            <source>Valid on {day}</source>
            <translation>Valido il {day}</translation>
        </message>
    </context>
    <context>
        <name>BadgePrintDialog</name>
        <message>
            <source>Card 85.6 × 54 mm</source>
            <translation>Tessera 85,6 × 54 mm</translation>
        </message>
        <message>
            <source>Label 62 × 100 mm (Brother QL)</source>
            <translation>Etichetta 62 × 100 mm (Brother QL)</translation>
        </message>
        <message>
            <source>Label 62 × 29 mm (Brother QL)</source>
            <translation>Etichetta 62 × 29 mm (Brother QL)</translation>
        </message>
        <message>
            <source>Label 89 × 36 mm (Dymo)</source>
            <translation>Etichetta 89 × 36 mm (Dymo)</translation>
        </message>
        <message>
            <source>A4 sheet of cards, with cut marks</source>
            <translation>Foglio A4 di tessere, con segni di taglio</translation>
        </message>
        <message>
            <source>Print badge</source>
            <translation>Stampa badge</translation>
        </message>
        <message>
            <source>Loading the badge…</source>
            <translation>Caricamento del badge…</translation>
        </message>
        <message>
            <source>The printed size: cards, label-printer labels or an A4 sheet; remembered for each kind of badge</source>
            <translation>Il formato di stampa: tessere, etichette per stampante di etichette o foglio A4; ricordato per ogni tipo di badge</translation>
        </message>
        <message>
            <source>&amp;Format</source>
            <translation>&amp;Formato</translation>
        </message>
        <message>
            <source>Reissue (lost badge)…</source>
            <translation>Riemetti (badge smarrito)…</translation>
        </message>
        <message>
            <source>Make a new badge with a new code: the old badge stops working at once</source>
            <translation>Crea un nuovo badge con un nuovo codice: il vecchio smette subito di funzionare</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Salva PDF…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Stampa…</translation>
        </message>
        <message>
            <source>Print this badge; printing again keeps the same code</source>
            <translation>Stampa questo badge; ristampandolo il codice resta lo stesso</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>A new badge gets a new code and the old badge is refused from now on. Do this only for a lost or stolen badge; to print the same badge again, use Print.</source>
            <translation>Il nuovo badge ha un nuovo codice e da ora il vecchio viene rifiutato. Fallo solo per un badge smarrito o rubato; per ristampare lo stesso badge usa Stampa.</translation>
        </message>
        <message>
            <source>Reason (optional), e.g. “lost on the bus”</source>
            <translation>Motivo (facoltativo), ad es. «perso sull’autobus»</translation>
        </message>
        <message>
            <source>Reissue the badge</source>
            <translation>Riemetti il badge</translation>
        </message>
        <message>
            <source>Keep the current badge</source>
            <translation>Tieni il badge attuale</translation>
        </message>
        <message>
            <source>{kind} · day pass valid on {day} only</source>
            <translation>{kind} · pass giornaliero valido solo il {day}</translation>
        </message>
        <message>
            <source>{kind} · badge issued on {day}, valid until revoked</source>
            <translation>{kind} · badge emesso il {day}, valido fino alla revoca</translation>
        </message>
        <message>
            <source>Exactly what prints ({format})</source>
            <translation>Esattamente ciò che viene stampato ({format})</translation>
        </message>
        <message>
            <source>Badge of {name}</source>
            <translation>Badge di {name}</translation>
        </message>
        <message>
            <source>Sent to the printer {printer}.</source>
            <translation>Inviato alla stampante {printer}.</translation>
        </message>
        <message>
            <source>Saved as {path}</source>
            <translation>Salvato come {path}</translation>
        </message>
        <message>
            <source>New badge made: the old badge no longer works. Print the new one now.</source>
            <translation>Nuovo badge creato: il vecchio non funziona più. Stampa subito quello nuovo.</translation>
        </message>
        <message>
            <source>No badge</source>
            <translation>Nessun badge</translation>
        </message>
        <message>
            <source>Print &amp;badge…</source>
            <translation>Stampa &amp;badge…</translation>
        </message>
        <message>
            <source>Print, save or reissue the badge of the person on the card</source>
            <translation>Stampa, salva o riemetti il badge della persona nella scheda</translation>
        </message>
    </context>
    <context>
        <name>ChildAlarmDialog</name>
        <message>
            <source>Children still inside after closing</source>
            <translation>Bambini ancora dentro dopo la chiusura</translation>
        </message>
        <message>
            <source>ALARM: children are still inside after closing</source>
            <translation>ALLARME: ci sono ancora bambini dentro dopo la chiusura</translation>
        </message>
        <message>
            <source>What was done? e.g. called the mother, she arrives at 20:00</source>
            <translation>Che cosa è stato fatto? Per esempio: chiamata la mamma, arriva alle 20:00</translation>
        </message>
        <message>
            <source>Taken in hand</source>
            <translation>Preso in carico</translation>
        </message>
        <message>
            <source>The alarm stays until an educator writes what was done:</source>
            <translation>L’allarme resta finché un educatore non scrive che cosa è stato fatto:</translation>
        </message>
        <message>
            <source>{name}, inside {since}, brought by {brought}.
Call: {adults}</source>
            <translation>{name}, dentro {since}, accompagnato da {brought}.
Chiama: {adults}</translation>
        </message>
        <message>
            <source>{name}, in since {time}, brought by {brought}.
Call: {adults}</source>
            <translation>{name}, dentro dalle {time}, accompagnato da {brought}.
Chiama: {adults}</translation>
        </message>
        <message>
            <source>That was a scanned code, not a note: write what was done for the child.</source>
            <translation>Questo era un codice scansionato, non una nota: scrivi che cosa è stato fatto per il bambino.</translation>
        </message>
    </context>
    <context>
        <name>ChildEditDialog</name>
        <message>
            <source>{name}: guardians and details</source>
            <translation>{name}: accompagnatori e dati</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>non nota</translation>
        </message>
        <message>
            <source>No guardian is linked to this child.</source>
            <translation>Nessun accompagnatore è collegato a questo bambino.</translation>
        </message>
        <message>
            <source>Guardians</source>
            <translation>Accompagnatori</translation>
        </message>
        <message>
            <source>Changes to the guardians are saved at once. To change how an adult is linked, find them again and choose. Only a manager authorises an adult to collect (a one-day authorisation ends at closing).</source>
            <translation>Le modifiche agli accompagnatori sono salvate subito. Per cambiare il legame di un adulto, cercalo di nuovo e scegli. Solo un responsabile autorizza un adulto al ritiro (l'autorizzazione di un giorno termina alla chiusura).</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Bambino</translation>
        </message>
        <message>
            <source>The privacy notice was never shown to the guardian:</source>
            <translation>L’informativa privacy non è mai stata mostrata all’accompagnatore:</translation>
        </message>
        <message>
            <source>A new privacy notice was published since: show it again:</source>
            <translation>Da allora è stata pubblicata una nuova informativa privacy: mostrala di nuovo:</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Salva le modifiche</translation>
        </message>
        <message>
            <source>Save the name, birth date, notes and photo consent (the guardians are saved already)</source>
            <translation>Salva nome, data di nascita, note e consenso alle foto (gli accompagnatori sono già salvati)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>Authorise {adult} to collect {child} today only, until closing.</source>
            <translation>Delega {adult} a ritirare {child} solo oggi, fino alla chiusura.</translation>
        </message>
        <message>
            <source>Authorise {adult} to collect {child}.</source>
            <translation>Autorizza {adult} a ritirare {child}.</translation>
        </message>
        <message>
            <source>Write the child's name.</source>
            <translation>Scrivi il nome del bambino.</translation>
        </message>
        <message>
            <source>Write the birth date as day/month/year, for example 14/09/2025.</source>
            <translation>Scrivi la data di nascita come giorno/mese/anno, per esempio 14/09/2025.</translation>
        </message>
    </context>
    <context>
        <name>ChildForm</name>
        <message>
            <source>First and last name</source>
            <translation>Nome e cognome</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>gg/mm/aaaa</translation>
        </message>
        <message>
            <source>Day, month, year: 14/09/2025, 14.9.25 or 14092025</source>
            <translation>Giorno, mese, anno: 14/09/2025, 14.9.25 o 14092025</translation>
        </message>
        <message>
            <source>Allergies, intolerances, medicines… (optional)</source>
            <translation>Allergie, intolleranze, farmaci… (facoltativo)</translation>
        </message>
        <message>
            <source>Health data: shown on screen to signed-in desk staff only, never printed (the child's label carries only a warning mark).</source>
            <translation>Dati sanitari: visibili sullo schermo solo al personale che ha effettuato l’accesso, mai stampati (l’etichetta del bambino porta solo un simbolo di avviso).</translation>
        </message>
        <message>
            <source>The guardians allow photos of the child</source>
            <translation>Gli accompagnatori consentono le foto del bambino</translation>
        </message>
        <message>
            <source>&amp;Name *</source>
            <translation>&amp;Nome *</translation>
        </message>
        <message>
            <source>&amp;Born on *</source>
            <translation>&amp;Data di nascita *</translation>
        </message>
        <message>
            <source>&amp;Allergies / medical notes</source>
            <translation>&amp;Allergie / note sanitarie</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Foto</translation>
        </message>
        <message>
            <source>Day, month, year: for example 14/09/2025.</source>
            <translation>Giorno, mese, anno: per esempio 14/09/2025.</translation>
        </message>
        <message>
            <source>The age and its band appear as you type.</source>
            <translation>L’età e la fascia compaiono mentre scrivi.</translation>
        </message>
    </context>
    <context>
        <name>ChildRegistrationDialog</name>
        <message>
            <source>New child</source>
            <translation>Nuovo bambino</translation>
        </message>
        <message>
            <source>No guardian yet: find the adults who bring and collect the child above. Every authorised one needs a phone number.</source>
            <translation>Ancora nessun accompagnatore: cerca qui sopra gli adulti che portano e ritirano il bambino. Ogni delegato al ritiro deve avere un numero di telefono.</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Bambino</translation>
        </message>
        <message>
            <source>Privacy notice (show it to the guardian):</source>
            <translation>Informativa privacy (mostrala all’accompagnatore):</translation>
        </message>
        <message>
            <source>Guardians</source>
            <translation>Accompagnatori</translation>
        </message>
        <message>
            <source>Adults already known to the desk. A one-day authorisation (“only today: grandma”) is added later from the child's card, by a manager.</source>
            <translation>Adulti già noti al banco. Una delega di un giorno («solo oggi: la nonna») si aggiunge poi dalla scheda del bambino, con un responsabile.</translation>
        </message>
        <message>
            <source>Register the child</source>
            <translation>Registra il bambino</translation>
        </message>
        <message>
            <source>Register the child with their guardians; the drop-off (F6) checks them in</source>
            <translation>Registra il bambino con i suoi accompagnatori; l’ingresso si registra con l’accompagnamento (F6)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Write the child's name.</source>
            <translation>Scrivi il nome del bambino.</translation>
        </message>
        <message>
            <source>Write the birth date as day/month/year, for example 14/09/2025.</source>
            <translation>Scrivi la data di nascita come giorno/mese/anno, per esempio 14/09/2025.</translation>
        </message>
        <message>
            <source>Add at least one adult authorised for pickup: type their name under Guardians and press Enter.</source>
            <translation>Aggiungi almeno un adulto delegato al ritiro: scrivine il nome sotto Accompagnatori e premi Invio.</translation>
        </message>
        <message>
            <source>{name} has no phone number: find them again and add it, or mark them not authorised.</source>
            <translation>{name} non ha un numero di telefono: cercalo di nuovo e aggiungilo, oppure segnalo come non delegato.</translation>
        </message>
        <message>
            <source>Show the privacy notice to the guardian and tick the box.</source>
            <translation>Mostra l’informativa privacy all’accompagnatore e spunta la casella.</translation>
        </message>
        <message>
            <source>A child with this name is already registered: {names}. Find them with the search to see their card, or press “Register anyway” for a different child.</source>
            <translation>Un bambino con questo nome è già registrato: {names}. Cercalo per vederne la scheda, oppure premi «Registra comunque» se è un altro bambino.</translation>
        </message>
        <message>
            <source>Register anyway</source>
            <translation>Registra comunque</translation>
        </message>
        <message>
            <source>{name} is registered</source>
            <translation>{name}: registrazione completata</translation>
        </message>
        <message>
            <source>Not checked in yet: when a guardian brings {name}, use the drop-off (F6).</source>
            <translation>Ingresso non ancora registrato: quando un accompagnatore porta {name}, usa l’accompagnamento (F6).</translation>
        </message>
    </context>
    <context>
        <name>ChildrenModel</name>
        <message>
            <source>Child</source>
            <translation>Bambino</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Età</translation>
        </message>
        <message>
            <source>In since</source>
            <translation>Dentro dalle</translation>
        </message>
        <message>
            <source>Brought by</source>
            <translation>Accompagnato da</translation>
        </message>
        <message>
            <source>May collect (phone)</source>
            <translation>Delegati al ritiro (tel.)</translation>
        </message>
        <message>
            <source>Pickup by</source>
            <translation>Ritiro entro</translation>
        </message>
        <message>
            <source>Allergies</source>
            <translation>Allergie</translation>
        </message>
        <message>
            <source>Allergy</source>
            <translation>Allergia</translation>
        </message>
        <message>
            <source>{time} — late</source>
            <translation>{time} — in ritardo</translation>
        </message>
        <message>
            <source>Allergy or medical notes: shown to signed-in desk staff.</source>
            <translation>Allergie o note sanitarie: visibili solo al personale che ha effettuato l’accesso.</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>No audit events.</source>
            <translation>Nessun evento di audit.</translation>
        </message>
        <message>
            <source>The audit log is whole: {count} events checked.</source>
            <translation>Il registro di audit è integro: {count} eventi verificati.</translation>
        </message>
        <message>
            <source>Backup written to {path}.</source>
            <translation>Copia di sicurezza scritta in {path}.</translation>
        </message>
        <message>
            <source>The newest {count} daily backups are kept, and one a week before them.</source>
            <translation>Si conservano gli ultimi {count} backup giornalieri e, prima di questi, uno a settimana.</translation>
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation>Nessuna modifica.</translation>
        </message>
        <message>
            <source>Restored the database from {path}.</source>
            <translation>Database ripristinato da {path}.</translation>
        </message>
        <message>
            <source>The database it replaced is kept as {path}.</source>
            <translation>Il database sostituito è conservato come {path}.</translation>
        </message>
        <message>
            <source>Replace the desk's database with {path}? The current one is kept. [y/N] </source>
            <translation>Sostituire il database del banco con {path}? Quello attuale viene conservato. [s/N] </translation>
        </message>
        <message>
            <source>Badge revoked.</source>
            <translation>Badge revocato.</translation>
        </message>
        <message>
            <source>Badge of {name}: {code}</source>
            <translation>Badge di {name}: {code}</translation>
        </message>
        <message>
            <source>Written to {file}.</source>
            <translation>Scritto in {file}.</translation>
        </message>
        <message>
            <source>added</source>
            <translation>aggiunta</translation>
        </message>
        <message>
            <source>updated</source>
            <translation>aggiornata</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>invariata</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>rifiutata</translation>
        </message>
        <message>
            <source>Added {added}, updated {updated}, unchanged {unchanged}, refused {refused}.</source>
            <translation>Aggiunte {added}, aggiornate {updated}, invariate {unchanged}, rifiutate {refused}.</translation>
        </message>
        <message>
            <source>(dry run: nothing saved)</source>
            <translation>(prova: nulla è stato salvato)</translation>
        </message>
        <message>
            <source>Demo data: {people} people, {visits} visits, {inside} inside now.</source>
            <translation>Dati dimostrativi: {people} persone, {visits} visite, {inside} presenti ora.</translation>
        </message>
        <message>
            <source>Every desk on this database needs the audit key {path}: copy it to each desk's data folder (or point SERRE_DESK_AUDIT_KEY_FILE at it).</source>
            <translation>Ogni banco su questo database ha bisogno della chiave del registro {path}: copiala nella cartella dati di ogni banco (oppure indicala con SERRE_DESK_AUDIT_KEY_FILE).</translation>
        </message>
        <message>
            <source>PostgreSQL {version} at {url}: schema created (revision {revision}).</source>
            <translation>PostgreSQL {version} su {url}: struttura del database creata (revisione {revision}).</translation>
        </message>
        <message>
            <source>PostgreSQL {version} at {url}: schema brought up to revision {revision}.</source>
            <translation>PostgreSQL {version} su {url}: struttura del database aggiornata alla revisione {revision}.</translation>
        </message>
        <message>
            <source>PostgreSQL {version} at {url}: schema already at revision {revision}.</source>
            <translation>PostgreSQL {version} su {url}: la struttura del database è già alla revisione {revision}.</translation>
        </message>
        <message>
            <source>Added desk user {name} ({role}).</source>
            <translation>Aggiunto operatore del banco {name} ({role}).</translation>
        </message>
        <message>
            <source>The database has desk users already: no manager was added.</source>
            <translation>Il database ha già degli operatori: nessun responsabile aggiunto.</translation>
        </message>
        <message>
            <source>Copied into {url}:</source>
            <translation>Copiato in {url}:</translation>
        </message>
        <message>
            <source>rows</source>
            <translation>righe</translation>
        </message>
        <message>
            <source>Audit chain on the target: whole, {count} events checked.</source>
            <translation>Catena del registro sulla destinazione: integra, {count} eventi verificati.</translation>
        </message>
        <message>
            <source>Audit chain on the target: {count} events checked, broken as on the source.</source>
            <translation>Catena del registro sulla destinazione: {count} eventi verificati, interrotta come nell'originale.</translation>
        </message>
        <message>
            <source>Counts and checksums match the source; done in {seconds:.1f} s.</source>
            <translation>Conteggi e somme di controllo corrispondono all'originale; fatto in {seconds:.1f} s.</translation>
        </message>
        <message>
            <source>encrypted (TLS)</source>
            <translation>cifrata (TLS)</translation>
        </message>
        <message>
            <source>not encrypted</source>
            <translation>non cifrata</translation>
        </message>
        <message>
            <source>Connected to PostgreSQL {version} at {url}, {tls}.</source>
            <translation>Connesso a PostgreSQL {version} su {url}, connessione {tls}.</translation>
        </message>
        <message>
            <source>Saved the entry [{service}] in {file}.</source>
            <translation>Salvata la voce [{service}] in {file}.</translation>
        </message>
        <message>
            <source>Saved the password in {file} (readable by this user only).</source>
            <translation>Salvata la password in {file} (leggibile solo da questo utente).</translation>
        </message>
        <message>
            <source>The desks on this PC use: --db {url}</source>
            <translation>I banchi su questo PC usano: --db {url}</translation>
        </message>
        <message>
            <source>This desk is {name} ({kind}).</source>
            <translation>Questo banco è {name} ({kind}).</translation>
        </message>
        <message>
            <source>NOT authorised</source>
            <translation>NON può ritirare</translation>
        </message>
        <message>
            <source>authorised on {day} only</source>
            <translation>può ritirare solo il {day}</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>scaduto</translation>
        </message>
        <message>
            <source>authorised</source>
            <translation>può ritirare</translation>
        </message>
        <message>
            <source>Guardian {adult} removed.</source>
            <translation>Accompagnatore {adult} rimosso.</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>Scritto: {path}</translation>
        </message>
        <message>
            <source>ALARM: {kind}</source>
            <translation>ALLARME: {kind}</translation>
        </message>
        <message>
            <source>The pickup locks after {count} wrong codes.</source>
            <translation>Il ritiro si blocca dopo {count} codici sbagliati.</translation>
        </message>
        <message>
            <source>A one-day authorisation needs a manager.</source>
            <translation>La delega al ritiro di un giorno richiede un responsabile.</translation>
        </message>
        <message>
            <source>Any desk user may authorise an adult for one day.</source>
            <translation>Qualunque utente del banco può delegare un adulto al ritiro per un giorno.</translation>
        </message>
        <message>
            <source>Registered {name} (id {id}).</source>
            <translation>Registrazione di {name} completata (id {id}).</translation>
        </message>
        <message>
            <source>Updated {name} (id {id}).</source>
            <translation>Dati di {name} aggiornati (id {id}).</translation>
        </message>
        <message>
            <source>Nobody found.</source>
            <translation>Nessuno trovato.</translation>
        </message>
        <message>
            <source>Exported the data of person {id} to {path}.</source>
            <translation>Dati della persona {id} esportati in {path}.</translation>
        </message>
        <message>
            <source>Erased the data of person {id}: only anonymous counts remain.</source>
            <translation>Dati della persona {id} cancellati: restano solo conteggi anonimi.</translation>
        </message>
        <message>
            <source>Database overwritten:</source>
            <translation>Database sovrascritto:</translation>
        </message>
        <message>
            <source>Attendance sheets written again:</source>
            <translation>Fogli presenze riscritti:</translation>
        </message>
        <message>
            <source>Earlier sheet revisions deleted:</source>
            <translation>Revisioni precedenti dei fogli eliminate:</translation>
        </message>
        <message>
            <source>Backups rewritten:</source>
            <translation>Backup riscritti:</translation>
        </message>
        <message>
            <source>Backups that could not be rewritten (delete them):</source>
            <translation>Backup che non è stato possibile riscrivere (eliminarli):</translation>
        </message>
        <message>
            <source>Saved emergency lists deleted:</source>
            <translation>Liste di emergenza salvate eliminate:</translation>
        </message>
        <message>
            <source>Anonymised: {count}</source>
            <translation>Resi anonimi: {count}</translation>
        </message>
        <message>
            <source>Children's health notes and guardians removed: {count}</source>
            <translation>Note sanitarie e accompagnatori dei bambini rimossi: {count}</translation>
        </message>
        <message>
            <source>Guardian links removed: {count}</source>
            <translation>Collegamenti con accompagnatori rimossi: {count}</translation>
        </message>
        <message>
            <source>Kept under legal hold: {count}</source>
            <translation>Conservati per vincolo legale: {count}</translation>
        </message>
        <message>
            <source>Old audit events pruned: {count}</source>
            <translation>Eventi di audit vecchi eliminati: {count}</translation>
        </message>
        <message>
            <source>(dry run: nothing changed)</source>
            <translation>(prova: nulla è stato modificato)</translation>
        </message>
        <message>
            <source>Person {id} is under legal hold.</source>
            <translation>La persona {id} è sotto vincolo legale.</translation>
        </message>
        <message>
            <source>The legal hold on person {id} is lifted.</source>
            <translation>Il vincolo legale sulla persona {id} è stato tolto.</translation>
        </message>
        <message>
            <source>Privacy notice version {version}, published {when}.</source>
            <translation>Informativa privacy versione {version}, pubblicata il {when}.</translation>
        </message>
        <message>
            <source>Privacy notice version {version}, as shipped with the desk.</source>
            <translation>Informativa privacy versione {version}, quella fornita con il banco.</translation>
        </message>
        <message>
            <source>Recovery code for {name}: {code}</source>
            <translation>Codice di recupero di {name}: {code}</translation>
        </message>
        <message>
            <source>Keep it on paper in a safe place: it is shown only now, and lets {name} set a new password when locked out (serre-desk user recover {name}).</source>
            <translation>Conservalo su carta in un luogo sicuro: è mostrato solo ora e permette a {name} di impostare una nuova password se resta bloccato (serre-desk user recover {name}).</translation>
        </message>
        <message>
            <source>No desk users: the desk runs as administrator.</source>
            <translation>Nessun operatore: il banco funziona come amministratore.</translation>
        </message>
        <message>
            <source>New secret set for {name}.</source>
            <translation>Nuovo PIN o password impostato per {name}.</translation>
        </message>
        <message>
            <source>{name} is unlocked.</source>
            <translation>{name} è sbloccato.</translation>
        </message>
        <message>
            <source>{name} is deactivated.</source>
            <translation>{name}: utente disattivato.</translation>
        </message>
        <message>
            <source>{name} is active again, with a new secret.</source>
            <translation>{name}: utente di nuovo attivo, con un nuovo PIN o password.</translation>
        </message>
        <message>
            <source>New recovery code for {name}: the old one no longer works.</source>
            <translation>Nuovo codice di recupero per {name}: il precedente non vale più.</translation>
        </message>
        <message>
            <source>{name} has a new password and is unlocked; the recovery code is used up.</source>
            <translation>{name} ha una nuova password ed è sbloccato; il codice di recupero è stato usato.</translation>
        </message>
        <message>
            <source>The desk locks after {minutes} idle minutes.</source>
            <translation>Il banco si blocca dopo {minutes} minuti di inattività.</translation>
        </message>
        <message>
            <source>Badges check people in and out while the desk is locked.</source>
            <translation>Con il banco bloccato, i badge registrano ancora entrate e uscite.</translation>
        </message>
        <message>
            <source>While the desk is locked, a scan says the desk is unattended.</source>
            <translation>Con il banco bloccato, una scansione dice che il banco non è presidiato.</translation>
        </message>
        <message>
            <source>(amber from {percent} %)</source>
            <translation>(soglia ambra: {percent} %)</translation>
        </message>
        <message>
            <source>{name} checked in to {area} at {time}.</source>
            <translation>{name}: ingresso in {area} alle {time}.</translation>
        </message>
        <message>
            <source>{name} checked out of {area} at {time}.</source>
            <translation>{name}: uscita da {area} alle {time}.</translation>
        </message>
        <message>
            <source>Pickup code: {code}</source>
            <translation>Codice di ritiro: {code}</translation>
        </message>
        <message>
            <source>Warning: {text}</source>
            <translation>Attenzione: {text}</translation>
        </message>
        <message>
            <source>The archived attendance sheets could not be written again: {error}</source>
            <translation>Non è stato possibile riscrivere i fogli presenze archiviati: {error}</translation>
        </message>
        <message>
            <source>Nobody is inside.</source>
            <translation>Non c’è nessuno.</translation>
        </message>
        <message>
            <source>Auto check-out: {count}</source>
            <translation>Uscite automatiche: {count}</translation>
        </message>
        <message>
            <source>ALARM: children still inside:</source>
            <translation>ALLARME: bambini ancora dentro:</translation>
        </message>
        <message>
            <source>unexpected error ({error}); details in {log}</source>
            <translation>errore imprevisto ({error}); dettagli in {log}</translation>
        </message>
        <message numerus="yes">
            <source>%n child(ren)</source>
            <translation>
                <numerusform>%n bambino</numerusform>
                <numerusform>%n bambini</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n educator(s)</source>
            <translation>
                <numerusform>%n educatore</numerusform>
                <numerusform>%n educatori</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%n needed)</source>
            <translation>
                <numerusform> (ne serve %n)</numerusform>
                <numerusform> (ne servono %n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClosingReportDialog</name>
        <message>
            <source>Day closed</source>
            <translation>Giornata chiusa</translation>
        </message>
        <message>
            <source>Children still inside: {names}. Children are never checked out automatically: make sure each one is collected by an authorised adult.</source>
            <translation>Bambini ancora dentro: {names}. I bambini non escono mai in automatico: assicurati che ciascuno venga ritirato da un adulto delegato.</translation>
        </message>
        <message>
            <source>Educators kept inside with the children: {names}</source>
            <translation>Educatori rimasti con i bambini: {names}</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) still inside checked out automatically (marked “automatic check-out” on the attendance sheet).</source>
            <translation>
                <numerusform>%n persona ancora dentro è uscita in automatico (segnata come «uscita automatica» sul foglio presenze).</numerusform>
                <numerusform>%n persone ancora dentro sono uscite in automatico (segnate come «uscita automatica» sul foglio presenze).</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Out at</source>
            <translation>Uscita alle</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
    </context>
    <context>
        <name>ClosingScheduler</name>
        <message numerus="yes">
            <source>Close the day now? %n adult(s) still inside will be checked out and marked “automatic check-out”.</source>
            <translation>
                <numerusform>Chiudere la giornata ora? %n adulto ancora presente verrà fatto uscire e segnato “uscita automatica”.</numerusform>
                <numerusform>Chiudere la giornata ora? %n adulti ancora presenti verranno fatti uscire e segnati “uscita automatica”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Children are never checked out automatically: %n child(ren) stay inside ({names}).</source>
            <translation>
                <numerusform>I bambini non escono mai automaticamente: resta dentro %n bambino ({names}).</numerusform>
                <numerusform>I bambini non escono mai automaticamente: restano dentro %n bambini ({names}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Educators staying with them: {names}.</source>
            <translation>Educatori che restano con loro: {names}.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionPage</name>
        <message>
            <source>Desk database</source>
            <translation>Database del banco</translation>
        </message>
        <message>
            <source>Several desks (the entrance, the kids' room, the office) can share one PostgreSQL database on a computer of the venue. The connection is kept the way PostgreSQL's own tools keep it; the password goes into a file only this computer's user can read, never into the desk's settings or its log.</source>
            <translation>Più banchi (l'ingresso, lo spazio bimbi, l'ufficio) possono condividere un unico database PostgreSQL su un computer della sede. La connessione è conservata come la conservano gli strumenti di PostgreSQL; la password va in un file che solo l'utente di questo computer può leggere, mai nelle impostazioni del banco né nel suo registro.</translation>
        </message>
        <message>
            <source>This desk now</source>
            <translation>Questo banco ora</translation>
        </message>
        <message>
            <source>Use this PC's own database</source>
            <translation>Usa il database di questo PC</translation>
        </message>
        <message>
            <source>From the next start, this desk opens its own database file again</source>
            <translation>Dal prossimo avvio questo banco riapre il proprio file di database</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>e.g. office-pc or 192.168.1.20</source>
            <translation>es. pc-ufficio o 192.168.1.20</translation>
        </message>
        <message>
            <source>&amp;Server</source>
            <translation>&amp;Server</translation>
        </message>
        <message>
            <source>&amp;Port</source>
            <translation>&amp;Porta</translation>
        </message>
        <message>
            <source>&amp;Database</source>
            <translation>&amp;Database</translation>
        </message>
        <message>
            <source>&amp;User</source>
            <translation>&amp;Utente</translation>
        </message>
        <message>
            <source>Pass&amp;word</source>
            <translation>Pass&amp;word</translation>
        </message>
        <message>
            <source>&amp;Encryption (TLS)</source>
            <translation>Cifratura (&amp;TLS)</translation>
        </message>
        <message>
            <source>&amp;Test the connection</source>
            <translation>Pr&amp;ova la connessione</translation>
        </message>
        <message>
            <source>Connect once with these values; nothing is saved</source>
            <translation>Si connette una volta con questi valori; non salva nulla</translation>
        </message>
        <message>
            <source>Result of the test</source>
            <translation>Esito della prova</translation>
        </message>
        <message>
            <source>&amp;Copy this desk's data there</source>
            <translation>&amp;Copia lì i dati di questo banco</translation>
        </message>
        <message>
            <source>Prepare the empty database and copy people, visits, badges, users, settings and the audit into it; this PC's file stays as it is</source>
            <translation>Prepara il database vuoto e vi copia persone, visite, tessere, utenti, impostazioni e registro delle operazioni; il file di questo PC resta com'è</translation>
        </message>
        <message>
            <source>Save and use this server</source>
            <translation>Salva e usa questo server</translation>
        </message>
        <message>
            <source>Test, keep the connection and use it from the desk's next start (Enter)</source>
            <translation>Prova, conserva la connessione e usala dal prossimo avvio del banco (Invio)</translation>
        </message>
        <message>
            <source>Never encrypted</source>
            <translation>Mai cifrata</translation>
        </message>
        <message>
            <source>Encrypted only if the server insists</source>
            <translation>Cifrata solo se il server lo esige</translation>
        </message>
        <message>
            <source>Encrypted when the server offers it</source>
            <translation>Cifrata quando il server lo offre</translation>
        </message>
        <message>
            <source>Always encrypted</source>
            <translation>Sempre cifrata</translation>
        </message>
        <message>
            <source>Always encrypted, the server's certificate checked</source>
            <translation>Sempre cifrata, con verifica del certificato del server</translation>
        </message>
        <message>
            <source>Always encrypted, certificate and server name checked</source>
            <translation>Sempre cifrata, con verifica del certificato e del nome del server</translation>
        </message>
        <message>
            <source>This desk uses this PC's own database: {file}.</source>
            <translation>Questo banco usa il database di questo PC: {file}.</translation>
        </message>
        <message>
            <source>This desk uses the database on the server: {database}.</source>
            <translation>Questo banco usa il database sul server: {database}.</translation>
        </message>
        <message>
            <source>Kept for PostgreSQL's tools too (psql service={service}): the entry in {services}, the password in {passwords}, readable by this computer's user only.</source>
            <translation>Conservata anche per gli strumenti di PostgreSQL (psql service={service}): la voce in {services}, la password in {passwords}, leggibile solo dall'utente di questo computer.</translation>
        </message>
        <message>
            <source>Saved: leave empty to keep it</source>
            <translation>Salvata: lascia vuoto per tenerla</translation>
        </message>
        <message>
            <source>This desk was started with a database address (--db or SERRE_DESK_DB_URL): it wins over the choice saved here.</source>
            <translation>Questo banco è stato avviato con un indirizzo di database (--db o SERRE_DESK_DB_URL): vale più della scelta salvata qui.</translation>
        </message>
        <message>
            <source>From its next start: {database}.</source>
            <translation>Dal prossimo avvio: {database}.</translation>
        </message>
        <message>
            <source>Write the server's name or address.</source>
            <translation>Scrivi il nome o l'indirizzo del server.</translation>
        </message>
        <message>
            <source>Write the database's name.</source>
            <translation>Scrivi il nome del database.</translation>
        </message>
        <message>
            <source>Write the database user (its role).</source>
            <translation>Scrivi l'utente del database (il suo ruolo).</translation>
        </message>
        <message>
            <source>Connecting to {server}…</source>
            <translation>Connessione a {server}…</translation>
        </message>
        <message>
            <source>encrypted (TLS)</source>
            <translation>cifrata (TLS)</translation>
        </message>
        <message>
            <source>not encrypted</source>
            <translation>non cifrata</translation>
        </message>
        <message>
            <source>Connected: PostgreSQL {version}, {tls}.</source>
            <translation>Connesso: PostgreSQL {version}, connessione {tls}.</translation>
        </message>
        <message>
            <source>The database is empty: it needs preparing.</source>
            <translation>Il database è vuoto: va preparato.</translation>
        </message>
        <message>
            <source>The database is a desk's, ready to use.</source>
            <translation>Il database è di Serre Desk, pronto per l'uso.</translation>
        </message>
        <message>
            <source>The database is an older desk's: the first desk that opens it brings it up to date.</source>
            <translation>Il database è di una versione precedente: il primo banco che lo apre lo aggiorna.</translation>
        </message>
        <message>
            <source>The database was made by a newer Serre Desk: update this desk before using it.</source>
            <translation>Il database è stato creato da una versione più recente di Serre Desk: aggiorna questo banco prima di usarlo.</translation>
        </message>
        <message>
            <source>Copy this desk's data there, or prepare it with serre-desk db init, before the desks use it.</source>
            <translation>Prima che i banchi lo usino, copiaci i dati di questo banco oppure preparalo con serre-desk db init.</translation>
        </message>
        <message>
            <source>Prepare it with serre-desk db init before the desks use it.</source>
            <translation>Preparalo con serre-desk db init prima che i banchi lo usino.</translation>
        </message>
        <message>
            <source>Saved as the entry [{service}] of {file}. The desk uses this server from its next start: close Serre Desk and open it again.</source>
            <translation>Salvato come voce [{service}] di {file}. Il banco usa questo server dal prossimo avvio: chiudi Serre Desk e riaprilo.</translation>
        </message>
        <message>
            <source>From its next start this desk uses this PC's own database again ({file}). The server's entry stays, for PostgreSQL's tools.</source>
            <translation>Dal prossimo avvio questo banco torna a usare il database di questo PC ({file}). La voce del server resta, per gli strumenti di PostgreSQL.</translation>
        </message>
        <message>
            <source>Copy this desk's data</source>
            <translation>Copia i dati di questo banco</translation>
        </message>
        <message>
            <source>Copy everything of this desk (people, visits, badges, guardians, users, settings and the audit) into the database {database} on {server}?

It is checked table by table; this PC's file is not changed.</source>
            <translation>Copiare tutto di questo banco (persone, visite, tessere, accompagnatori, utenti, impostazioni e registro delle operazioni) nel database {database} su {server}?

La copia è verificata tabella per tabella; il file di questo PC non viene modificato.</translation>
        </message>
        <message>
            <source>Copy the data</source>
            <translation>Copia i dati</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Non ora</translation>
        </message>
        <message>
            <source>Copying…</source>
            <translation>Copia in corso…</translation>
        </message>
        <message>
            <source>Copying… {table}: {rows} rows</source>
            <translation>Copia in corso… {table}: {rows} righe</translation>
        </message>
        <message>
            <source>Copied: {people} people, {visits} visits, {events} audit events, in {seconds:.1f} s; counts and checksums match. Other desks on this database need the audit key {key} in their data folder.</source>
            <translation>Copiati: {people} persone, {visits} visite, {events} eventi del registro, in {seconds:.1f} s; conteggi e checksum coincidono. Gli altri banchi su questo database hanno bisogno della chiave del registro {key} nella loro cartella dei dati.</translation>
        </message>
    </context>
    <context>
        <name>DailyDuties</name>
        <message>
            <source>The database is damaged</source>
            <translation>Il database è danneggiato</translation>
        </message>
        <message>
            <source>Today's backup was not taken</source>
            <translation>La copia di oggi non è stata fatta</translation>
        </message>
        <message>
            <source>{reason} The desk tries again in a few minutes; nothing recorded is lost.</source>
            <translation>{reason} Il banco riprova fra qualche minuto; nulla di registrato va perso.</translation>
        </message>
    </context>
    <context>
        <name>DatabaseProblem</name>
        <message>
            <source>Nothing was overwritten: the damaged file stays as it is.</source>
            <translation>Nulla è stato sovrascritto: il file danneggiato resta com’è.</translation>
        </message>
        <message>
            <source>Restore the latest good backup with: serre-desk restore "{path}"</source>
            <translation>Ripristina l’ultima copia di sicurezza integra con: serre-desk restore "{path}"</translation>
        </message>
        <message>
            <source>No good backup was found in {folder}.</source>
            <translation>Nessuna copia di sicurezza integra in {folder}.</translation>
        </message>
        <message>
            <source>Nothing recorded was lost.</source>
            <translation>Nulla di registrato è andato perso.</translation>
        </message>
        <message>
            <source>Nothing recorded was lost. Backups are in {folder}.</source>
            <translation>Nessun dato registrato è andato perso. Le copie di sicurezza sono in {folder}.</translation>
        </message>
    </context>
    <context>
        <name>DatabaseProblemPanel</name>
        <message>
            <source>The desk cannot use its database</source>
            <translation>Il banco non può usare il suo database</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Riprova</translation>
        </message>
        <message>
            <source>Open the backup folder</source>
            <translation>Apri la cartella delle copie</translation>
        </message>
        <message>
            <source>Restore the latest good backup</source>
            <translation>Ripristina l’ultima copia integra</translation>
        </message>
        <message>
            <source>Replace the database</source>
            <translation>Sostituisci il database</translation>
        </message>
        <message>
            <source>Keep it as it is</source>
            <translation>Lascialo com’è</translation>
        </message>
        <message>
            <source>Nothing was overwritten: the damaged file stays as it is.</source>
            <translation>Nulla è stato sovrascritto: il file danneggiato resta com’è.</translation>
        </message>
        <message>
            <source>Nothing recorded was lost.</source>
            <translation>Nulla di registrato è andato perso.</translation>
        </message>
        <message>
            <source>The latest good backup is from {when}.</source>
            <translation>L’ultima copia integra è del {when}.</translation>
        </message>
        <message>
            <source>Backups are in {folder}.</source>
            <translation>Le copie sono in {folder}.</translation>
        </message>
        <message>
            <source>Replace the database with the backup of {when} ({name})? What was recorded after it is not in it. The damaged file is kept in the backup folder.</source>
            <translation>Sostituire il database con la copia del {when} ({name})? Quanto registrato dopo non c’è. Il file danneggiato resta nella cartella delle copie.</translation>
        </message>
    </context>
    <context>
        <name>DatabaseRecovery</name>
        <message>
            <source>Serre Desk — the database needs attention</source>
            <translation>Serre Desk — il database richiede attenzione</translation>
        </message>
        <message>
            <source>Something unexpected happened: the details are in the log file. Nothing was deleted.</source>
            <translation>È successo qualcosa di imprevisto: i dettagli sono nel file di log. Nulla è stato cancellato.</translation>
        </message>
    </context>
    <context>
        <name>DbCopy</name>
        <message>
            <source>{file} stays as it was. Once this desk uses the server, every erasure and retention on the server also reaches this file and the backups in {folder}, at the latest at this desk's next daily privacy run.</source>
            <translation>{file} resta com'era. Quando questo banco usa il server, ogni cancellazione e ogni scadenza della conservazione sul server raggiunge anche questo file e i backup in {folder}, al più tardi alla prossima applicazione giornaliera delle regole privacy di questo banco.</translation>
        </message>
    </context>
    <context>
        <name>Desk</name>
        <message>
            <source>Kids' space — educators</source>
            <translation>Spazio bimbi — educatori</translation>
        </message>
        <message>
            <source>&amp;Kids' space</source>
            <translation>Spazio &amp;bimbi</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Rapporti</translation>
        </message>
    </context>
    <context>
        <name>DeskLock</name>
        <message>
            <source>Sign in to start the desk</source>
            <translation>Accedi per aprire il banco</translation>
        </message>
        <message>
            <source>The desk is locked</source>
            <translation>Il banco è bloccato</translation>
        </message>
    </context>
    <context>
        <name>DeskWindow</name>
        <message>
            <source>Serre Desk — Le Serre dei Giardini</source>
            <translation>Serre Desk — Le Serre dei Giardini</translation>
        </message>
        <message>
            <source>F2 new visitor · Ctrl+F search · Enter check in/out · Ctrl+Z undo · F6 drop-off · F7 pickup · F9 emergency list · Esc ready to scan</source>
            <translation>F2 nuovo visitatore · Ctrl+F cerca · Invio entra/esce · Ctrl+Z annulla · F6 accompagnamento · F7 ritiro · F9 lista di emergenza · Esc pronto a scansionare</translation>
        </message>
        <message>
            <source>Recent events</source>
            <translation>Ultimi movimenti</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Invio</translation>
        </message>
        <message>
            <source>&amp;New visitor…</source>
            <translation>&amp;Nuovo visitatore…</translation>
        </message>
        <message>
            <source>Register a first-time visitor and check them in</source>
            <translation>Registra chi viene per la prima volta e lo fa entrare</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Cerca</translation>
        </message>
        <message>
            <source>Go to the scan and search field</source>
            <translation>Vai al campo di scansione e ricerca</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Aggiorna</translation>
        </message>
        <message>
            <source>Read occupancy and who is inside again</source>
            <translation>Rileggi l’affollamento e chi è dentro</translation>
        </message>
        <message>
            <source>Ready to &amp;scan</source>
            <translation>&amp;Pronto a scansionare</translation>
        </message>
        <message>
            <source>Back to the ready-to-scan state</source>
            <translation>Torna pronto a scansionare</translation>
        </message>
        <message>
            <source>&amp;Undo last check-in/out</source>
            <translation>&amp;Annulla l’ultimo ingresso/uscita</translation>
        </message>
        <message>
            <source>Undo the last check-in or check-out (within one minute)</source>
            <translation>Annulla l’ultimo ingresso o l’ultima uscita (entro un minuto)</translation>
        </message>
        <message>
            <source>Check &amp;in/out from the list</source>
            <translation>&amp;Entra/esce dall'elenco</translation>
        </message>
        <message>
            <source>Check the chosen person in, or out if inside</source>
            <translation>Fa entrare la persona scelta, o uscire se è dentro</translation>
        </message>
        <message>
            <source>Check in/out from the &amp;card</source>
            <translation>Entra/esce dalla s&amp;cheda</translation>
        </message>
        <message>
            <source>Check this person in, or out if inside</source>
            <translation>Fa entrare questa persona, o uscire se è dentro</translation>
        </message>
        <message>
            <source>Check in/out</source>
            <translation>Entra/esce</translation>
        </message>
        <message>
            <source>Check &amp;out</source>
            <translation>Fai &amp;uscire</translation>
        </message>
        <message>
            <source>Check out the person chosen in the list</source>
            <translation>Fa uscire la persona scelta nell’elenco</translation>
        </message>
        <message>
            <source>&amp;Edit person…</source>
            <translation>&amp;Modifica persona…</translation>
        </message>
        <message>
            <source>Edit the details of the person on the card</source>
            <translation>Modifica i dati della persona nella scheda</translation>
        </message>
        <message>
            <source>&amp;Close the day…</source>
            <translation>C&amp;hiudi la giornata…</translation>
        </message>
        <message>
            <source>Check out everyone still inside, marked as automatic check-out</source>
            <translation>Fa uscire chi è ancora dentro, con «uscita automatica»</translation>
        </message>
        <message>
            <source>&amp;Authorise with a manager…</source>
            <translation>&amp;Autorizza con un responsabile…</translation>
        </message>
        <message>
            <source>A manager authorises the check-in just refused (a full area), with a reason</source>
            <translation>Un responsabile autorizza l’ingresso appena rifiutato (area piena), con un motivo</translation>
        </message>
        <message>
            <source>&amp;Lock the desk</source>
            <translation>&amp;Blocca il banco</translation>
        </message>
        <message>
            <source>Hide every name until a desk user signs in (e.g. to change shift)</source>
            <translation>Nasconde ogni nome finché un operatore non accede (per esempio al cambio turno)</translation>
        </message>
        <message>
            <source>&amp;Audit log</source>
            <translation>Registro di a&amp;udit</translation>
        </message>
        <message>
            <source>Browse and verify the audit log (managers)</source>
            <translation>Consulta e verifica il registro di audit (responsabili)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Esci</translation>
        </message>
        <message>
            <source>Close Serre Desk</source>
            <translation>Chiudi Serre Desk</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Scorciatoie da tastiera</translation>
        </message>
        <message>
            <source>List every keyboard shortcut</source>
            <translation>Elenca tutte le scorciatoie da tastiera</translation>
        </message>
        <message>
            <source>&amp;Privacy notice</source>
            <translation>&amp;Informativa privacy</translation>
        </message>
        <message>
            <source>Show the privacy notice given to visitors</source>
            <translation>Mostra l’informativa privacy data ai visitatori</translation>
        </message>
        <message>
            <source>Use Italian from the next start</source>
            <translation>Usa l’italiano dal prossimo avvio</translation>
        </message>
        <message>
            <source>Use English from the next start</source>
            <translation>Usa l’inglese dal prossimo avvio</translation>
        </message>
        <message>
            <source>&amp;Desk</source>
            <translation>&amp;Banco</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Lingua</translation>
        </message>
        <message>
            <source>&amp;People</source>
            <translation>&amp;Persone</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aiuto</translation>
        </message>
        <message>
            <source>manager</source>
            <translation>responsabile</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>personale</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>amministratore</translation>
        </message>
        <message>
            <source>Desk: {user}</source>
            <translation>Banco: {user}</translation>
        </message>
        <message>
            <source>Signed in at this desk: {user} ({role})</source>
            <translation>Al banco ora: {user} ({role})</translation>
        </message>
        <message>
            <source>Who is inside {area} now</source>
            <translation>Chi è in {area} adesso</translation>
        </message>
        <message numerus="yes">
            <source>%n child(ren)</source>
            <translation>
                <numerusform>%n bambino</numerusform>
                <numerusform>%n bambini</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n educator(s)</source>
            <translation>
                <numerusform>%n educatore</numerusform>
                <numerusform>%n educatori</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DropOffDialog</name>
        <message>
            <source>Drop-off</source>
            <translation>Accompagnamento</translation>
        </message>
        <message>
            <source>Scan the guardian's badge or type their name</source>
            <translation>Scansiona il badge dell’accompagnatore o scrivine il nome</translation>
        </message>
        <message>
            <source>No guardian chosen yet.</source>
            <translation>Nessun accompagnatore scelto.</translation>
        </message>
        <message>
            <source>Expected pickup at</source>
            <translation>Ritiro previsto alle</translation>
        </message>
        <message>
            <source>Guardian</source>
            <translation>Accompagnatore</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>Bambini</translation>
        </message>
        <message>
            <source>A manager can check the children in anyway, with a written reason; the check-in is recorded as an override.</source>
            <translation>Un responsabile può far entrare comunque i bambini, con un motivo scritto; l’ingresso viene registrato come autorizzazione speciale.</translation>
        </message>
        <message>
            <source>Check in with a manager's override</source>
            <translation>Fai entrare con l’autorizzazione di un responsabile</translation>
        </message>
        <message>
            <source>Check in and print</source>
            <translation>Fai entrare e stampa</translation>
        </message>
        <message>
            <source>Print again</source>
            <translation>Stampa di nuovo</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>Brought by {name}</source>
            <translation>Accompagnato da {name}</translation>
        </message>
        <message>
            <source>{name} · {age}</source>
            <translation>{name} · {age}</translation>
        </message>
        <message>
            <source>{child} (already inside)</source>
            <translation>{child} (già dentro)</translation>
        </message>
        <message>
            <source>No child to bring</source>
            <translation>Nessun bambino da accompagnare</translation>
        </message>
        <message>
            <source>{name} is not authorised for any child. A guardian is added to the child's details first.</source>
            <translation>{name} non è delegato per nessun bambino. Prima si aggiunge l’accompagnatore ai dati del bambino.</translation>
        </message>
        <message>
            <source>Check children in past the capacity or the ratio: {reason}</source>
            <translation>Bambini fatti entrare oltre la capienza o il rapporto: {reason}</translation>
        </message>
        <message>
            <source>Checked in: printing the labels…</source>
            <translation>Entrati: stampa delle etichette…</translation>
        </message>
        <message>
            <source>Not checked in</source>
            <translation>Ingresso non registrato</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Non trovato</translation>
        </message>
        <message>
            <source>Printing again…</source>
            <translation>Nuova stampa…</translation>
        </message>
        <message>
            <source>The same codes are printed again.</source>
            <translation>Vengono stampati di nuovo gli stessi codici.</translation>
        </message>
        <message>
            <source>The labels did not print: write down the codes</source>
            <translation>Le etichette non sono state stampate: scrivi i codici</translation>
        </message>
        <message>
            <source>{why} Tell the guardian the code, and print the labels again when the printer works: the codes stay the same.</source>
            <translation>{why} Comunica il codice all’accompagnatore e ristampa le etichette quando la stampante funziona: i codici restano gli stessi.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fatto</translation>
        </message>
    </context>
    <context>
        <name>EditPersonDialog</name>
        <message>
            <source>Edit {name}</source>
            <translation>Modifica {name}</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Salva le modifiche</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>The privacy notice was never shown to this person:</source>
            <translation>A questa persona non è mai stata mostrata l’informativa privacy:</translation>
        </message>
        <message>
            <source>A new privacy notice was published since: show it again:</source>
            <translation>Da allora è stata pubblicata una nuova informativa privacy: mostrala di nuovo:</translation>
        </message>
    </context>
    <context>
        <name>EmergencyList</name>
        <message>
            <source>Emergency list {time}</source>
            <translation>Lista di emergenza {time}</translation>
        </message>
        <message>
            <source>Emergency list printed</source>
            <translation>Lista di emergenza stampata</translation>
        </message>
        <message>
            <source>Printed on {printer}.</source>
            <translation>Stampata su {printer}.</translation>
        </message>
        <message>
            <source>Emergency list on screen</source>
            <translation>Lista di emergenza a schermo</translation>
        </message>
        <message>
            <source>Emergency list as of {time} (server away)</source>
            <translation>Lista di emergenza delle {time} (server non raggiungibile)</translation>
        </message>
        <message>
            <source>Emergency list not made</source>
            <translation>Lista di emergenza non creata</translation>
        </message>
        <message>
            <source>&amp;Emergency list</source>
            <translation>Lista di &amp;emergenza</translation>
        </message>
        <message>
            <source>Print everyone inside now, per area, for a roll call</source>
            <translation>Stampa chi è presente ora, per area, per l’appello</translation>
        </message>
    </context>
    <context>
        <name>EmptyDeskOffers</name>
        <message>
            <source>{name} is the first manager</source>
            <translation>{name} è il primo responsabile</translation>
        </message>
        <message>
            <source>The desk is signed in as {name}. From now on it locks after a few idle minutes and staff sign in with their own PIN.</source>
            <translation>Il banco è ora in uso da {name}. Da adesso si blocca dopo qualche minuto di inattività e il personale accede con il proprio PIN.</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>(no log file available)</source>
            <translation>(nessun file di log disponibile)</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Qualcosa non ha funzionato</translation>
        </message>
        <message>
            <source>Something unexpected happened. Nothing you entered before was lost and the desk keeps working. If it happens again, restart Serre Desk and tell whoever looks after it; the details are in the log file:
{path}</source>
            <translation>È successo qualcosa di imprevisto. Quello che hai inserito prima non è andato perso e il banco continua a funzionare. Se succede di nuovo, riavvia Serre Desk e avvisa chi se ne occupa; i dettagli sono nel file di log:
{path}</translation>
        </message>
    </context>
    <context>
        <name>FirstManagerBar</name>
        <message>
            <source>No desk user exists yet: anyone at this desk acts as administrator. Create the first manager to protect overrides and personal data.</source>
            <translation>Non esiste ancora nessun operatore: chiunque sia al banco agisce come amministratore. Crea il primo responsabile per proteggere le autorizzazioni e i dati personali.</translation>
        </message>
        <message>
            <source>Create the first manager…</source>
            <translation>Crea il primo responsabile…</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Non ora</translation>
        </message>
    </context>
    <context>
        <name>FirstManagerForm</name>
        <message>
            <source>No desk user exists yet: the desk runs as administrator. Create the first manager to protect overrides, corrections and personal data.</source>
            <translation>Non esiste ancora nessun operatore: il banco funziona come amministratore. Crea il primo responsabile per proteggere autorizzazioni, correzioni e dati personali.</translation>
        </message>
        <message>
            <source>Manager's name</source>
            <translation>Nome del responsabile</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>at least 12 characters</source>
            <translation>almeno 12 caratteri</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Ripeti la password</translation>
        </message>
        <message>
            <source>Create manager</source>
            <translation>Crea responsabile</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Le due password non coincidono.</translation>
        </message>
    </context>
    <context>
        <name>GuardianFinder</name>
        <message>
            <source>Type part of an adult's name</source>
            <translation>Scrivi una parte del nome di un adulto</translation>
        </message>
        <message>
            <source>Find an adult</source>
            <translation>Cerca un adulto</translation>
        </message>
        <message>
            <source>No adult with this name is known to the desk: register them first as a visitor (F2), then find them here.</source>
            <translation>Nessun adulto con questo nome è noto al banco: registralo prima come visitatore (F2), poi cercalo qui.</translation>
        </message>
        <message>
            <source>Authorised for pickup</source>
            <translation>Può ritirare</translation>
        </message>
        <message>
            <source>Add the chosen adult as authorised for pickup (Enter)</source>
            <translation>Aggiungi l’adulto scelto come delegato al ritiro (Invio)</translation>
        </message>
        <message>
            <source>Not authorised</source>
            <translation>Non può ritirare</translation>
        </message>
        <message>
            <source>Add the chosen adult as explicitly not authorised to collect (Shift+Enter)</source>
            <translation>Aggiungi l’adulto scelto come esplicitamente non delegato al ritiro (Maiusc+Invio)</translation>
        </message>
        <message>
            <source>Only today…</source>
            <translation>Solo oggi…</translation>
        </message>
        <message>
            <source>A manager authorises the chosen adult for today only, until closing (Ctrl+Enter)</source>
            <translation>Un responsabile delega l’adulto scelto solo per oggi, fino alla chiusura (Ctrl+Invio)</translation>
        </message>
        <message>
            <source>e.g. +39 333 123 4567</source>
            <translation>ad es. +39 333 123 4567</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Numero di telefono</translation>
        </message>
        <message>
            <source>Save the phone and add</source>
            <translation>Salva il telefono e aggiungi</translation>
        </message>
        <message>
            <source>{name} has no phone number: an adult authorised for pickup needs one. Write it here; it is saved in their details.</source>
            <translation>{name} non ha un numero di telefono: serve a ogni delegato al ritiro. Scrivilo qui; viene salvato nei suoi dati.</translation>
        </message>
        <message>
            <source>Write the phone number first.</source>
            <translation>Scrivi prima il numero di telefono.</translation>
        </message>
    </context>
    <context>
        <name>GuardianList</name>
        <message>
            <source>No phone number: add it in their details (Edit) before they can collect.</source>
            <translation>Nessun numero di telefono: aggiungilo nei suoi dati (Modifica) prima che possa ritirare.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
        <message>
            <source>Remove {name} from the child's guardians</source>
            <translation>Togli {name} dagli accompagnatori del bambino</translation>
        </message>
    </context>
    <context>
        <name>Holiday</name>
        <message>
            <source>New Year's Day</source>
            <translation>Capodanno</translation>
        </message>
        <message>
            <source>Epiphany</source>
            <translation>Epifania</translation>
        </message>
        <message>
            <source>Easter Sunday</source>
            <translation>Pasqua</translation>
        </message>
        <message>
            <source>Easter Monday</source>
            <translation>Lunedì dell’Angelo (Pasquetta)</translation>
        </message>
        <message>
            <source>Liberation Day</source>
            <translation>Festa della Liberazione</translation>
        </message>
        <message>
            <source>Labour Day</source>
            <translation>Festa del Lavoro</translation>
        </message>
        <message>
            <source>Republic Day</source>
            <translation>Festa della Repubblica</translation>
        </message>
        <message>
            <source>Assumption (Ferragosto)</source>
            <translation>Ferragosto (Assunzione)</translation>
        </message>
        <message>
            <source>All Saints' Day</source>
            <translation>Ognissanti</translation>
        </message>
        <message>
            <source>Immaculate Conception</source>
            <translation>Immacolata Concezione</translation>
        </message>
        <message>
            <source>Christmas Day</source>
            <translation>Natale</translation>
        </message>
        <message>
            <source>Saint Stephen's Day</source>
            <translation>Santo Stefano</translation>
        </message>
        <message>
            <source>San Petronio (Bologna)</source>
            <translation>San Petronio (Bologna)</translation>
        </message>
        <message>
            <source>Saint Francis of Assisi</source>
            <translation>San Francesco d’Assisi</translation>
        </message>
        <message>
            <source>National Unity Day</source>
            <translation>Giornata dell’Unità nazionale</translation>
        </message>
    </context>
    <context>
        <name>HoursPage</name>
        <message>
            <source>Opening hours and closed days</source>
            <translation>Orari e giorni di chiusura</translation>
        </message>
        <message>
            <source>At closing time adults still inside are checked out automatically; children never are. Evening events may still check people in after closing.</source>
            <translation>All’orario di chiusura gli adulti ancora presenti escono automaticamente; i bambini mai. Gli eventi serali possono comunque registrare ingressi dopo la chiusura.</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Ogni settimana</translation>
        </message>
        <message>
            <source>opens</source>
            <translation>apre</translation>
        </message>
        <message>
            <source>closes</source>
            <translation>chiude</translation>
        </message>
        <message>
            <source>Closed days</source>
            <translation>Giorni di chiusura</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Anno</translation>
        </message>
        <message>
            <source>Year </source>
            <translation>Anno </translation>
        </message>
        <message>
            <source>Enter or double click: closed / open on that day</source>
            <translation>Invio o doppio clic: chiuso / aperto quel giorno</translation>
        </message>
        <message>
            <source>Delete: open again on the chosen day</source>
            <translation>Canc: di nuovo aperto il giorno scelto</translation>
        </message>
        <message>
            <source>Enter on a day in the calendar closes it or opens it again.</source>
            <translation>Invio su un giorno del calendario lo chiude o lo riapre.</translation>
        </message>
        <message>
            <source>Add the public holidays of {year}</source>
            <translation>Aggiungi le festività del {year}</translation>
        </message>
        <message>
            <source>No closed days in {year}.</source>
            <translation>Nessun giorno di chiusura nel {year}.</translation>
        </message>
        <message>
            <source>The public holidays are marked: Save changes to keep them.</source>
            <translation>Le festività sono segnate: premi Salva le modifiche per tenerle.</translation>
        </message>
    </context>
    <context>
        <name>HubReactions</name>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>The database works normally.</source>
            <translation>Il database funziona normalmente.</translation>
        </message>
        <message>
            <source>Database problem</source>
            <translation>Problema al database</translation>
        </message>
        <message numerus="yes">
            <source>%n alarm(s) in the kids' space</source>
            <translation>
                <numerusform>%n allarme nello spazio bimbi</numerusform>
                <numerusform>%n allarmi nello spazio bimbi</numerusform>
            </translation>
        </message>
        <message>
            <source>Children inside, educators and alarms</source>
            <translation>Bambini presenti, educatori e allarmi</translation>
        </message>
        <message numerus="yes">
            <source>ALARM: %n child(ren) still inside after closing</source>
            <translation>
                <numerusform>ALLARME: %n bambino ancora dentro dopo la chiusura</numerusform>
                <numerusform>ALLARME: %n bambini ancora dentro dopo la chiusura</numerusform>
            </translation>
        </message>
        <message>
            <source>See the kids' space tab: who, and who brought them.</source>
            <translation>Vedi la scheda dello spazio bimbi: chi è rimasto e chi l'ha portato.</translation>
        </message>
        <message numerus="yes">
            <source>ALARM: %n child(ren) still inside after closing. Sign in to see who.</source>
            <translation>
                <numerusform>ALLARME: %n bambino ancora dentro dopo la chiusura. Accedi per vedere chi.</numerusform>
                <numerusform>ALLARME: %n bambini ancora dentro dopo la chiusura. Accedi per vedere chi.</numerusform>
            </translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Stampante</translation>
        </message>
        <message>
            <source>Last printed on {printer}.</source>
            <translation>Ultima stampa su {printer}.</translation>
        </message>
        <message>
            <source>Not printed</source>
            <translation>Non stampato</translation>
        </message>
        <message>
            <source>“{title}” was not printed: {why}</source>
            <translation>«{title}» non è stato stampato: {why}</translation>
        </message>
    </context>
    <context>
        <name>InsideModel</name>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organizzazione</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Dalle</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durata</translation>
        </message>
        <message>
            <source>Full name (hover a cut name to read it all)</source>
            <translation>Nome completo (passa sopra un nome tagliato per leggerlo tutto)</translation>
        </message>
        <message>
            <source>Member, guest, staff or child</source>
            <translation>Membro, ospite, staff o bambino</translation>
        </message>
        <message>
            <source>Company, studio or school</source>
            <translation>Azienda, studio o scuola</translation>
        </message>
        <message>
            <source>Time of check-in</source>
            <translation>Ora di ingresso</translation>
        </message>
        <message>
            <source>How long they have been inside</source>
            <translation>Da quanto tempo è dentro</translation>
        </message>
    </context>
    <context>
        <name>InsidePanel</name>
        <message>
            <source>Who is here? Type part of a name</source>
            <translation>Chi c’è? Scrivi una parte del nome</translation>
        </message>
        <message>
            <source>Nobody is inside.</source>
            <translation>Non c’è nessuno.</translation>
        </message>
    </context>
    <context>
        <name>KidsDesk</name>
        <message>
            <source>This date is in the future.</source>
            <translation>Questa data è nel futuro.</translation>
        </message>
        <message>
            <source>The kids' space is for children up to {years}.</source>
            <translation>Lo spazio bimbi è per bambini fino a {years} anni.</translation>
        </message>
        <message>
            <source>{age} — band {band}</source>
            <translation>{age} — fascia {band}</translation>
        </message>
        <message>
            <source>Authorised for pickup</source>
            <translation>Può ritirare</translation>
        </message>
        <message>
            <source>Not authorised</source>
            <translation>Non può ritirare</translation>
        </message>
        <message>
            <source>Only today, until closing</source>
            <translation>Solo oggi, fino alla chiusura</translation>
        </message>
        <message>
            <source>Was authorised on {day} only</source>
            <translation>Poteva ritirare solo il {day}</translation>
        </message>
        <message>
            <source>no phone number</source>
            <translation>nessun numero di telefono</translation>
        </message>
        <message>
            <source>(authorised by {user}, {day} {time})</source>
            <translation>(autorizzato da {user}, {day} {time})</translation>
        </message>
    </context>
    <context>
        <name>KidsPage</name>
        <message>
            <source>Kids' space</source>
            <translation>Spazio bimbi</translation>
        </message>
        <message>
            <source>The kids' space refuses a child when the educators inside cannot cover one more at these ratios. Any staff member checked in there counts as an educator.</source>
            <translation>Lo spazio bimbi rifiuta un bambino quando gli educatori presenti non possono seguirne uno in più con questi rapporti. Chiunque dello staff vi abbia fatto ingresso conta come educatore.</translation>
        </message>
        <message>
            <source>Children per educator</source>
            <translation>Bambini per educatore</translation>
        </message>
        <message>
            <source> children</source>
            <translation> bambini</translation>
        </message>
        <message>
            <source>Pickup</source>
            <translation>Ritiro</translation>
        </message>
        <message>
            <source> wrong codes</source>
            <translation> codici errati</translation>
        </message>
        <message>
            <source>Lock the pickup after</source>
            <translation>Blocca il ritiro dopo</translation>
        </message>
        <message>
            <source>A one-day pickup authorisation needs a manager</source>
            <translation>Una delega al ritiro per un solo giorno richiede un responsabile</translation>
        </message>
        <message>
            <source>When on, staff ask a manager to approve an adult allowed for today only</source>
            <translation>Se attivo, lo staff chiede a un responsabile di approvare un adulto delegato solo per oggi</translation>
        </message>
    </context>
    <context>
        <name>KidsView</name>
        <message>
            <source>&amp;Drop-off…</source>
            <translation>&amp;Accompagnamento…</translation>
        </message>
        <message>
            <source>A guardian brings one child or several</source>
            <translation>Un accompagnatore porta uno o più bambini</translation>
        </message>
        <message>
            <source>&amp;Pickup…</source>
            <translation>&amp;Ritiro…</translation>
        </message>
        <message>
            <source>Release a child: slip code and collecting adult</source>
            <translation>Affida un bambino: codice del tagliando e adulto che ritira</translation>
        </message>
        <message>
            <source>Print the labels &amp;again</source>
            <translation>Ristampa le &amp;etichette</translation>
        </message>
        <message>
            <source>The chosen child's label and slip, same code</source>
            <translation>Etichetta e tagliando del bambino scelto, con lo stesso codice</translation>
        </message>
        <message>
            <source>New &amp;child…</source>
            <translation>Nuovo &amp;bambino…</translation>
        </message>
        <message>
            <source>Register a child with their guardians (not checked in)</source>
            <translation>Registra un bambino con i suoi accompagnatori (senza farlo entrare)</translation>
        </message>
        <message>
            <source>No child is inside.</source>
            <translation>Nessun bambino è dentro.</translation>
        </message>
        <message numerus="yes">
            <source>{area}: %n child(ren) of {capacity}</source>
            <translation>
                <numerusform>{area}: %n bambino su {capacity}</numerusform>
                <numerusform>{area}: %n bambini su {capacity}</numerusform>
            </translation>
        </message>
        <message>
            <source>Ratio broken — educators present: {present}, needed: {needed}</source>
            <translation>Rapporto non rispettato — educatori presenti: {present}, necessari: {needed}</translation>
        </message>
        <message>
            <source>Ratio kept — educators present: {present}, needed: {needed}</source>
            <translation>Rapporto rispettato — educatori presenti: {present}, necessari: {needed}</translation>
        </message>
        <message>
            <source>No educator is inside.</source>
            <translation>Nessun educatore è dentro.</translation>
        </message>
        <message>
            <source>Educators present:</source>
            <translation>Educatori presenti:</translation>
        </message>
        <message>
            <source>{name}, {since}</source>
            <translation>{name}, {since}</translation>
        </message>
        <message>
            <source>{name}, since {time}</source>
            <translation>{name}, dalle {time}</translation>
        </message>
        <message>
            <source>Choose a child to see who may collect them.</source>
            <translation>Scegli un bambino per vedere chi può ritirarlo.</translation>
        </message>
        <message>
            <source>Age: {age}</source>
            <translation>Età: {age}</translation>
        </message>
        <message>
            <source>May collect:</source>
            <translation>Può ritirarlo:</translation>
        </message>
        <message>
            <source>shown to signed-in desk staff</source>
            <translation>visibile solo al personale del banco autenticato</translation>
        </message>
        <message>
            <source>⚠ Allergies / medical notes: {notes}</source>
            <translation>⚠ Allergie / note sanitarie: {notes}</translation>
        </message>
        <message>
            <source>Brought by {name}, {since}</source>
            <translation>Accompagnato da {name}, {since}</translation>
        </message>
        <message>
            <source>Brought by {name} at {time}</source>
            <translation>Accompagnato da {name} alle {time}</translation>
        </message>
        <message>
            <source>Still inside after closing: {names}</source>
            <translation>Ancora dentro dopo la chiusura: {names}</translation>
        </message>
        <message numerus="yes">
            <source>Ratio broken: the children inside need %n educator(s)</source>
            <translation>
                <numerusform>Rapporto non rispettato: i bambini dentro richiedono %n educatore</numerusform>
                <numerusform>Rapporto non rispettato: i bambini dentro richiedono %n educatori</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n present</source>
            <translation>
                <numerusform>%n presente</numerusform>
                <numerusform>%n presenti</numerusform>
            </translation>
        </message>
        <message>
            <source>Late pickup: {names}</source>
            <translation>Ritiro in ritardo: {names}</translation>
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <source>Locked desk</source>
            <translation>Banco bloccato</translation>
        </message>
        <message>
            <source>The desk locks when nobody uses it for a few minutes, and hides every name. Children, pickups and refusals always wait for staff.</source>
            <translation>Il banco si blocca quando nessuno lo usa per qualche minuto e nasconde ogni nome. Bambini, ritiri e rifiuti aspettano sempre lo staff.</translation>
        </message>
        <message>
            <source>While the desk is locked</source>
            <translation>Mentre il banco è bloccato</translation>
        </message>
        <message>
            <source>Members' and guests' badges check them in and out (self-service)</source>
            <translation>I badge di membri e ospiti registrano ingresso e uscita (self-service)</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> minuti</translation>
        </message>
        <message>
            <source>Lock after</source>
            <translation>Blocca dopo</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>The desk is locked</source>
            <translation>Il banco è bloccato</translation>
        </message>
        <message>
            <source>Sign in to unlock</source>
            <translation>Accedi per sbloccare</translation>
        </message>
        <message>
            <source>Welcome, {name}!</source>
            <translation>Ciao, {name}!</translation>
        </message>
        <message>
            <source>Checked in · {area}</source>
            <translation>Entrata · {area}</translation>
        </message>
        <message>
            <source>Goodbye, {name}!</source>
            <translation>A presto, {name}!</translation>
        </message>
        <message>
            <source>Checked out · {area}</source>
            <translation>Uscita · {area}</translation>
        </message>
        <message>
            <source>Please ask at the desk</source>
            <translation>Rivolgiti al banco</translation>
        </message>
        <message>
            <source>Someone from the staff will help you shortly.</source>
            <translation>Qualcuno del personale ti aiuterà a breve.</translation>
        </message>
        <message>
            <source>The desk is unattended</source>
            <translation>Il banco non è presidiato</translation>
        </message>
        <message>
            <source>Please wait: someone from the staff will be back shortly.</source>
            <translation>Attendi: qualcuno del personale tornerà a breve.</translation>
        </message>
        <message>
            <source>{inside} / {capacity}</source>
            <translation>{inside} / {capacity}</translation>
        </message>
    </context>
    <context>
        <name>ManagerPrompt</name>
        <message>
            <source>A manager is needed</source>
            <translation>Serve un responsabile</translation>
        </message>
        <message>
            <source>Reason (kept in the audit log)</source>
            <translation>Motivo (resta nel registro di audit)</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>A manager signs in for this action only; the desk stays signed in as it is.</source>
            <translation>Un responsabile accede solo per questa azione; il banco resta con l’accesso attuale.</translation>
        </message>
        <message>
            <source>Manager's approval</source>
            <translation>Autorizzazione del responsabile</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Autorizza</translation>
        </message>
        <message>
            <source>Write the reason first: it is kept in the audit log.</source>
            <translation>Scrivi prima il motivo: resta nel registro di audit.</translation>
        </message>
    </context>
    <context>
        <name>MenuCommands</name>
        <message>
            <source>Nothing to undo</source>
            <translation>Niente da annullare</translation>
        </message>
        <message>
            <source>Only the last check-in or check-out of the past minute can be undone.</source>
            <translation>Si può annullare solo l’ultimo ingresso o l’ultima uscita dell’ultimo minuto.</translation>
        </message>
        <message>
            <source>{reason}
A manager can check them in anyway; the check-in is recorded as an override.</source>
            <translation>{reason}
Un responsabile può farla entrare comunque; l’ingresso viene registrato come autorizzazione speciale.</translation>
        </message>
        <message>
            <source>Whose badge?</source>
            <translation>Il badge di chi?</translation>
        </message>
        <message>
            <source>Find the person first (scan, or type their name), then press Ctrl+P.</source>
            <translation>Prima trova la persona (scansiona o scrivi il nome), poi premi Ctrl+P.</translation>
        </message>
        <message>
            <source>Close the day</source>
            <translation>Chiudi la giornata</translation>
        </message>
        <message>
            <source>Keep the day open</source>
            <translation>Lascia aperta la giornata</translation>
        </message>
        <message>
            <source>An empty database</source>
            <translation>Un database vuoto</translation>
        </message>
        <message>
            <source>Nobody is registered yet. Load a demo history (made-up people and visits) to try the desk? Do not do this on the venue's real database.</source>
            <translation>Non c’è ancora nessuno registrato. Caricare uno storico dimostrativo (persone e visite inventate) per provare il banco? Non farlo sul database vero delle Serre.</translation>
        </message>
        <message>
            <source>Load demo data</source>
            <translation>Carica i dati dimostrativi</translation>
        </message>
        <message>
            <source>Start empty</source>
            <translation>Inizia vuoto</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Lingua</translation>
        </message>
        <message>
            <source>The new language is used from the next start.</source>
            <translation>La nuova lingua sarà usata dal prossimo avvio.</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Invio</translation>
        </message>
        <message>
            <source>In a list: check the chosen person in or out</source>
            <translation>In un elenco: fa entrare o uscire la persona scelta</translation>
        </message>
        <message>
            <source>Privacy notice</source>
            <translation>Informativa privacy</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Stampante</translation>
        </message>
        <message>
            <source>Default printer: {name}</source>
            <translation>Stampante predefinita: {name}</translation>
        </message>
        <message>
            <source>No printer</source>
            <translation>Nessuna stampante</translation>
        </message>
        <message>
            <source>No default printer is set up on this computer: badges can still be saved as PDF.</source>
            <translation>Su questo computer non c’è una stampante predefinita: i badge si possono comunque salvare in PDF.</translation>
        </message>
    </context>
    <context>
        <name>OccupancyTile</name>
        <message>
            <source>Full: nobody else can enter</source>
            <translation>Pieno: non può entrare nessun altro</translation>
        </message>
        <message>
            <source>Nearly full: {free} places left</source>
            <translation>Quasi pieno: restano {free} posti</translation>
        </message>
        <message>
            <source>{free} places free</source>
            <translation>Posti liberi: {free}</translation>
        </message>
        <message numerus="yes">
            <source>%n from an earlier day, still inside ({since})</source>
            <translation>
                <numerusform>%n da un giorno precedente, ancora dentro ({since})</numerusform>
                <numerusform>%n da un giorno precedente, ancora dentro ({since})</numerusform>
            </translation>
        </message>
        <message>
            <source>{area}: {inside} inside out of {capacity} places</source>
            <translation>{area}: {inside} presenti su {capacity} posti</translation>
        </message>
        <message numerus="yes">
            <source>%n educator(s) present</source>
            <translation>
                <numerusform>%n educatore presente</numerusform>
                <numerusform>%n educatori presenti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n needed</source>
            <translation>
                <numerusform>ne serve %n</numerusform>
                <numerusform>ne servono %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Ratio not kept: call an educator</source>
            <translation>Rapporto non rispettato: chiama un educatore</translation>
        </message>
        <message>
            <source>ratio kept</source>
            <translation>rapporto rispettato</translation>
        </message>
    </context>
    <context>
        <name>OverridePanel</name>
        <message>
            <source>Reason (kept in the audit log)</source>
            <translation>Motivo (resta nel registro di audit)</translation>
        </message>
    </context>
    <context>
        <name>PdfViewer</name>
        <message>
            <source>This PDF cannot be read.</source>
            <translation>Questo PDF non si può leggere.</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Stampa…</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>Salva una copia…</translation>
        </message>
        <message>
            <source>Open in the PDF viewer</source>
            <translation>Apri nel visualizzatore PDF</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
    </context>
    <context>
        <name>PersonCard</name>
        <message>
            <source>Person card</source>
            <translation>Scheda persona</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefono</translation>
        </message>
        <message>
            <source>Member until</source>
            <translation>Membro fino al</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Piano</translation>
        </message>
        <message>
            <source>Add entries or extend…</source>
            <translation>Ingressi o proroga…</translation>
        </message>
        <message>
            <source>A manager adds entries to the plan or extends it, with a reason</source>
            <translation>Un responsabile aggiunge ingressi al piano o lo proroga, con un motivo</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Nascita</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Foto</translation>
        </message>
        <message>
            <source>Privacy notice</source>
            <translation>Informativa privacy</translation>
        </message>
        <message>
            <source>Guardians</source>
            <translation>Accompagnatori</translation>
        </message>
        <message>
            <source>Guardians and details…</source>
            <translation>Accompagnatori e dati…</translation>
        </message>
        <message>
            <source>Add or remove guardians, a one-day authorisation, allergy notes, photo consent (Ctrl+E)</source>
            <translation>Aggiungi o togli accompagnatori, una delega di un giorno, note sulle allergie, consenso alle foto (Ctrl+E)</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Giorno</translation>
        </message>
        <message>
            <source>In – out</source>
            <translation>Orario</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durata</translation>
        </message>
        <message>
            <source>Choose someone in a list, a search or the recent events to see their card.</source>
            <translation>Scegli una persona in un elenco, in una ricerca o negli ultimi movimenti per vederne la scheda.</translation>
        </message>
        <message>
            <source>Recent visits</source>
            <translation>Visite recenti</translation>
        </message>
        <message>
            <source>Inside: {area} since {time}</source>
            <translation>Dentro: {area} dalle {time}</translation>
        </message>
        <message>
            <source>Not inside</source>
            <translation>Non è dentro</translation>
        </message>
        <message>
            <source>acknowledged on {date} — a new notice needs acknowledging</source>
            <translation>presa visione il {date} — serve la presa visione della nuova informativa</translation>
        </message>
        <message>
            <source>acknowledged on {date}</source>
            <translation>presa visione il {date}</translation>
        </message>
        <message>
            <source>not yet shown: show it with Edit</source>
            <translation>non ancora mostrata: mostrala con Modifica</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>non nota</translation>
        </message>
        <message>
            <source>⚠ Allergies / medical notes: {notes}</source>
            <translation>⚠ Allergie / note sanitarie: {notes}</translation>
        </message>
        <message>
            <source>No allergy or medical notes.</source>
            <translation>Nessuna allergia o nota sanitaria.</translation>
        </message>
        <message>
            <source>allowed</source>
            <translation>consentite</translation>
        </message>
        <message>
            <source>not allowed</source>
            <translation>non consentite</translation>
        </message>
        <message>
            <source>⚠ Nobody may collect this child now: add an authorised guardian.</source>
            <translation>⚠ Ora nessuno può ritirare questo bambino: aggiungi un accompagnatore delegato.</translation>
        </message>
        <message>
            <source>automatic check-out</source>
            <translation>uscita automatica</translation>
        </message>
        <message>
            <source>time corrected</source>
            <translation>orario corretto</translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <source>First and last name</source>
            <translation>Nome e cognome</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>facoltativo</translation>
        </message>
        <message>
            <source>&amp;Name *</source>
            <translation>&amp;Nome *</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Organizzazione</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>&amp;Email</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>Tele&amp;fono</translation>
        </message>
    </context>
    <context>
        <name>PersonKind</name>
        <message>
            <source>Member</source>
            <translation>Membro</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>Ospite</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Bambino</translation>
        </message>
    </context>
    <context>
        <name>PickupDialog</name>
        <message>
            <source>Pickup</source>
            <translation>Ritiro</translation>
        </message>
        <message>
            <source>Choose the child, or scan the slip</source>
            <translation>Scegli il bambino, o scansiona il tagliando</translation>
        </message>
        <message>
            <source>Scan or type the code</source>
            <translation>Scansiona o scrivi</translation>
        </message>
        <message>
            <source>Who is collecting?</source>
            <translation>Chi ritira?</translation>
        </message>
        <message>
            <source>Someone else? Type their name</source>
            <translation>Un’altra persona? Scrivine il nome</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Bambino</translation>
        </message>
        <message>
            <source>Pickup code</source>
            <translation>Codice di ritiro</translation>
        </message>
        <message>
            <source>Collecting adult</source>
            <translation>Adulto che ritira</translation>
        </message>
        <message>
            <source>A manager can override and release the child with a written reason; the release is recorded as an override.</source>
            <translation>Un responsabile può autorizzare l’uscita del bambino con un motivo scritto; l’uscita viene registrata come autorizzazione speciale.</translation>
        </message>
        <message>
            <source>Release with a manager's override</source>
            <translation>Affida con l’autorizzazione di un responsabile</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>Affida</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>{name} · {age} · {since}</source>
            <translation>{name} · {age} · {since}</translation>
        </message>
        <message>
            <source>{name} · {age} · in at {time}</source>
            <translation>{name} · {age} · entrato alle {time}</translation>
        </message>
        <message>
            <source>{name} · {phone} · authorised</source>
            <translation>{name} · {phone} · può ritirare</translation>
        </message>
        <message>
            <source>{name} · NOT authorised</source>
            <translation>{name} · NON può ritirare</translation>
        </message>
        <message>
            <source>{name} · one-day authorisation expired</source>
            <translation>{name} · delega di un giorno scaduta</translation>
        </message>
        <message>
            <source>No child inside has this code</source>
            <translation>Nessun bambino dentro ha questo codice</translation>
        </message>
        <message>
            <source>Check the slip, or choose the child from the list.</source>
            <translation>Controlla il tagliando, o scegli il bambino dall’elenco.</translation>
        </message>
        <message>
            <source>{name} · not linked to this child</source>
            <translation>{name} · non collegato a questo bambino</translation>
        </message>
        <message>
            <source>Release {child} without a matching pickup: {reason}</source>
            <translation>Affida {child} senza un ritiro corrispondente: {reason}</translation>
        </message>
        <message>
            <source>{child} may go with {adult}</source>
            <translation>{child} può andare con {adult}</translation>
        </message>
        <message>
            <source>Released on a manager's override at {time}.</source>
            <translation>Affidato con l’autorizzazione di un responsabile alle {time}.</translation>
        </message>
        <message>
            <source>The code matches. Released at {time}.</source>
            <translation>Il codice corrisponde. Affidato alle {time}.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fatto</translation>
        </message>
        <message>
            <source>Not released</source>
            <translation>Non affidato</translation>
        </message>
        <message>
            <source>Do not release the child</source>
            <translation>Non affidare il bambino</translation>
        </message>
        <message>
            <source>Authorised for pickup:</source>
            <translation>Delegati al ritiro:</translation>
        </message>
        <message>
            <source>Nobody is authorised for pickup today.</source>
            <translation>Oggi nessuno è delegato al ritiro.</translation>
        </message>
    </context>
    <context>
        <name>PickupLabel</name>
        <message>
            <source>Kids' space</source>
            <translation>Spazio bimbi</translation>
        </message>
        <message>
            <source>Pickup slip</source>
            <translation>Tagliando di ritiro</translation>
        </message>
        <message>
            <source>ALLERGY</source>
            <translation>ALLERGIA</translation>
        </message>
        <message>
            <source>Show this slip to collect {name}</source>
            <translation>Mostra questo tagliando per ritirare {name}</translation>
        </message>
    </context>
    <context>
        <name>PickupLabelPrinter</name>
        <message>
            <source>Pickup labels: {name}</source>
            <translation>Etichette di ritiro: {name}</translation>
        </message>
    </context>
    <context>
        <name>Plan</name>
        <message>
            <source>Days this month: {used} of {days}</source>
            <translation>Giorni questo mese: {used} di {days}</translation>
        </message>
        <message>
            <source>Carnet: {left} entries left of {total}</source>
            <translation>Carnet: {left} ingressi su {total}</translation>
        </message>
        <message>
            <source>Day pass: {left} entries left of {total}</source>
            <translation>Pass giornaliero: {left} ingressi su {total}</translation>
        </message>
        <message>
            <source>{org}: {taken} of {seats} seats taken</source>
            <translation>{org}: {taken} posti su {seats} occupati</translation>
        </message>
        <message>
            <source>{plan} expired on {day}: a manager can extend it or add entries.</source>
            <translation>{plan} scaduto il {day}: un responsabile può prolungarlo o aggiungere ingressi.</translation>
        </message>
        <message>
            <source>{plan} used up: a manager can add entries.</source>
            <translation>{plan} esaurito: un responsabile può aggiungere ingressi.</translation>
        </message>
        <message>
            <source>{org}: all {seats} seats are taken: a manager can add seats.</source>
            <translation>{org}: tutti i {seats} posti sono occupati: un responsabile può aggiungere posti.</translation>
        </message>
        <message numerus="yes">
            <source>Unlimited: %n day(s) this month</source>
            <translation>
                <numerusform>Illimitato: %n giorno questo mese</numerusform>
                <numerusform>Illimitato: %n giorni questo mese</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanKind</name>
        <message>
            <source>Unlimited</source>
            <translation>Illimitato</translation>
        </message>
        <message>
            <source>Days per month</source>
            <translation>Giorni al mese</translation>
        </message>
        <message>
            <source>Carnet</source>
            <translation>Carnet</translation>
        </message>
        <message>
            <source>Day pass</source>
            <translation>Pass giornaliero</translation>
        </message>
    </context>
    <context>
        <name>PlanTopUpDialog</name>
        <message>
            <source>Plan: add entries or extend</source>
            <translation>Piano: aggiungi ingressi o proroga</translation>
        </message>
        <message>
            <source>Add entries</source>
            <translation>Aggiungi ingressi</translation>
        </message>
        <message>
            <source>Entries to add</source>
            <translation>Ingressi da aggiungere</translation>
        </message>
        <message>
            <source>Extend the plan until</source>
            <translation>Proroga il piano fino al</translation>
        </message>
        <message>
            <source>Last day of the plan</source>
            <translation>Ultimo giorno del piano</translation>
        </message>
        <message>
            <source>A manager approves with a reason; it is kept in the audit log.</source>
            <translation>Un responsabile approva indicando il motivo, che resta nel registro delle operazioni.</translation>
        </message>
        <message>
            <source>Ask a manager</source>
            <translation>Chiedi a un responsabile</translation>
        </message>
        <message numerus="yes">
            <source>Add %n entry(s) to the plan</source>
            <translation>
                <numerusform>Aggiungi %n ingresso al piano</numerusform>
                <numerusform>Aggiungi %n ingressi al piano</numerusform>
            </translation>
        </message>
        <message>
            <source>Extend the plan until {day}</source>
            <translation>Proroga il piano fino al {day}</translation>
        </message>
    </context>
    <context>
        <name>PrintersPage</name>
        <message>
            <source>Printers</source>
            <translation>Stampanti</translation>
        </message>
        <message>
            <source>Chosen for this computer only: each reception desk has its own printers. Anything printed can still go to another printer from the print dialog.</source>
            <translation>Valide solo per questo computer: ogni banco ha le sue stampanti. Dalla finestra di stampa si può sempre scegliere un’altra stampante.</translation>
        </message>
        <message>
            <source>What prints where</source>
            <translation>Cosa si stampa dove</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documenti</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Stampante</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Carta</translation>
        </message>
        <message>
            <source>Badges</source>
            <translation>Badge</translation>
        </message>
        <message>
            <source>Pickup labels</source>
            <translation>Etichette di ritiro</translation>
        </message>
        <message>
            <source>label {width} × {height} mm</source>
            <translation>etichetta {width} × {height} mm</translation>
        </message>
        <message>
            <source>Sheets and reports</source>
            <translation>Fogli e report</translation>
        </message>
        <message>
            <source>A4 sheet of {count} cards</source>
            <translation>foglio A4 da {count} tessere</translation>
        </message>
        <message>
            <source>card 85.6 × 54 mm</source>
            <translation>tessera 85,6 × 54 mm</translation>
        </message>
        <message>
            <source>Printer for: {what}</source>
            <translation>Stampante per: {what}</translation>
        </message>
        <message>
            <source>Paper for: {what}</source>
            <translation>Carta per: {what}</translation>
        </message>
        <message>
            <source>Print a test page</source>
            <translation>Stampa una pagina di prova</translation>
        </message>
        <message>
            <source>This computer's default ({name})</source>
            <translation>Predefinita di questo computer ({name})</translation>
        </message>
        <message>
            <source>This computer's default</source>
            <translation>Predefinita di questo computer</translation>
        </message>
        <message>
            <source>No printer is set up on this computer: documents open as PDF instead.</source>
            <translation>Su questo computer non è configurata nessuna stampante: i documenti si aprono come PDF.</translation>
        </message>
        <message>
            <source>Saved for this computer.</source>
            <translation>Salvato per questo computer.</translation>
        </message>
        <message>
            <source>Serre Desk test page</source>
            <translation>Pagina di prova di Serre Desk</translation>
        </message>
        <message>
            <source>Printer: {printer}</source>
            <translation>Stampante: {printer}</translation>
        </message>
        <message>
            <source>Paper: {width} × {height} mm</source>
            <translation>Carta: {width} × {height} mm</translation>
        </message>
        <message>
            <source>The frame shows the edge of the page: it should be whole.</source>
            <translation>La cornice mostra il bordo della pagina: deve essere completa.</translation>
        </message>
        <message>
            <source>A test page is on its way to {printer}.</source>
            <translation>Una pagina di prova sta andando a {printer}.</translation>
        </message>
    </context>
    <context>
        <name>PrintService</name>
        <message>
            <source>Not saved</source>
            <translation>Non salvato</translation>
        </message>
        <message>
            <source>The PDF could not be saved in {path}: {reason}. Choose another folder.</source>
            <translation>Impossibile salvare il PDF in {path}: {reason}. Scegli un’altra cartella.</translation>
        </message>
        <message>
            <source>Save a copy of the PDF</source>
            <translation>Salva una copia del PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documenti PDF (*.pdf)</translation>
        </message>
        <message>
            <source>No PDF viewer</source>
            <translation>Nessun visualizzatore PDF</translation>
        </message>
        <message>
            <source>No program to open PDF files was found on this computer. The PDF is here:
{path}</source>
            <translation>Su questo computer non c’è un programma per aprire i PDF. Il PDF si trova qui:
{path}</translation>
        </message>
        <message>
            <source>No printer</source>
            <translation>Nessuna stampante</translation>
        </message>
        <message>
            <source>No printer is set up on this computer, so “{title}” was not printed.</source>
            <translation>Su questo computer non è configurata nessuna stampante, quindi «{title}» non è stato stampato.</translation>
        </message>
        <message>
            <source>No printer is set up on this computer: print it from here or from the PDF viewer.</source>
            <translation>Su questo computer non è configurata nessuna stampante: stampalo da qui o dal visualizzatore PDF.</translation>
        </message>
        <message>
            <source>Not printed</source>
            <translation>Non stampato</translation>
        </message>
        <message>
            <source>Printing “{title}” was cancelled.</source>
            <translation>La stampa di «{title}» è stata annullata.</translation>
        </message>
        <message>
            <source>Printing failed</source>
            <translation>Stampa non riuscita</translation>
        </message>
        <message>
            <source>“{title}” could not be printed on {printer}. Check that the printer is on, connected and has paper.</source>
            <translation>Impossibile stampare «{title}» su {printer}. Controlla che la stampante sia accesa, collegata e abbia la carta.</translation>
        </message>
        <message>
            <source>the printer</source>
            <translation>la stampante</translation>
        </message>
        <message>
            <source>It could not be printed on {printer}: print it from here or from the PDF viewer.</source>
            <translation>Non è stato possibile stamparlo su {printer}: stampalo da qui o dal visualizzatore PDF.</translation>
        </message>
        <message>
            <source>The PDF is kept: show it to print it again, save a copy or open it in the PDF viewer?</source>
            <translation>Il PDF è conservato: vuoi mostrarlo per ristamparlo, salvarne una copia o aprirlo nel visualizzatore PDF?</translation>
        </message>
        <message>
            <source>Show the PDF</source>
            <translation>Mostra il PDF</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Non ora</translation>
        </message>
    </context>
    <context>
        <name>PrivacyExport</name>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organizzazione</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefono</translation>
        </message>
        <message>
            <source>Default area</source>
            <translation>Area predefinita</translation>
        </message>
        <message>
            <source>Membership ends</source>
            <translation>Fine dell’abbonamento</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Data di nascita</translation>
        </message>
        <message>
            <source>Allergy and medical notes</source>
            <translation>Allergie e note sanitarie</translation>
        </message>
        <message>
            <source>Photo consent</source>
            <translation>Consenso alle foto</translation>
        </message>
        <message>
            <source>Privacy notice shown</source>
            <translation>Informativa privacy mostrata</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registrazione</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Ultima presenza</translation>
        </message>
        <message>
            <source>Legal hold</source>
            <translation>Vincolo legale</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visite</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>In</source>
            <translation>Entrata</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>Uscita</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Guardians and children</source>
            <translation>Accompagnatori e bambini</translation>
        </message>
        <message>
            <source>Authorised for pickup</source>
            <translation>Autorizzato al ritiro</translation>
        </message>
        <message>
            <source>Only on</source>
            <translation>Solo il</translation>
        </message>
        <message>
            <source>Children brought or collected</source>
            <translation>Bambini accompagnati o ritirati</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Bambino</translation>
        </message>
        <message>
            <source>Badges</source>
            <translation>Badge</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Emesso</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valido fino al</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Revocato</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>Piani</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Piano</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Dal</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Al</translation>
        </message>
        <message>
            <source>Entries added</source>
            <translation>Ingressi aggiunti</translation>
        </message>
        <message>
            <source>Audit log entries</source>
            <translation>Voci del registro</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Azione</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Da</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Dettagli</translation>
        </message>
        <message>
            <source>Le Serre dei Giardini — exported {when}</source>
            <translation>Le Serre dei Giardini — esportato il {when}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sì</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Personal data held by Serre Desk</source>
            <translation>Dati personali conservati da Serre Desk</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Dati</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Nessuno.</translation>
        </message>
    </context>
    <context>
        <name>PrivacyNotice</name>
        <message>
            <source>Privacy notice</source>
            <translation>Informativa privacy</translation>
        </message>
        <message>
            <source>I showed the privacy notice and the person acknowledged it</source>
            <translation>Ho mostrato l’informativa privacy e la persona ne ha preso visione</translation>
        </message>
        <message>
            <source>Tick the box once the person has seen the notice.</source>
            <translation>Spunta la casella quando la persona ha visto l’informativa.</translation>
        </message>
    </context>
    <context>
        <name>PrivacyPage</name>
        <message>
            <source>Privacy and retention</source>
            <translation>Privacy e conservazione</translation>
        </message>
        <message>
            <source>After these periods without a visit, identities are anonymised: counts are kept, names are not. Members are kept while their membership lasts.</source>
            <translation>Dopo questi periodi senza visite i dati identificativi sono anonimizzati: i conteggi restano, i nomi no. I membri sono conservati finché dura l’iscrizione.</translation>
        </message>
        <message>
            <source>Save the periods</source>
            <translation>Salva i periodi</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Conservazione</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>Ospiti</translation>
        </message>
        <message>
            <source> days</source>
            <translation> giorni</translation>
        </message>
        <message>
            <source>Members, after their membership</source>
            <translation>Membri, dopo l’iscrizione</translation>
        </message>
        <message>
            <source>Children and their notes</source>
            <translation>Bambini e loro note</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Registro di audit</translation>
        </message>
        <message>
            <source> months</source>
            <translation> mesi</translation>
        </message>
        <message>
            <source>Legal hold</source>
            <translation>Vincolo legale</translation>
        </message>
        <message>
            <source>People on hold are never anonymised or erased until it is lifted.</source>
            <translation>Le persone sotto vincolo non vengono mai anonimizzate né cancellate finché il vincolo non è tolto.</translation>
        </message>
        <message>
            <source>People on legal hold</source>
            <translation>Persone sotto vincolo legale</translation>
        </message>
        <message>
            <source>Find a person to put on hold…</source>
            <translation>Cerca una persona da mettere sotto vincolo…</translation>
        </message>
        <message>
            <source>Find a person</source>
            <translation>Cerca una persona</translation>
        </message>
        <message>
            <source>People found</source>
            <translation>Persone trovate</translation>
        </message>
        <message>
            <source>Reason (kept in the audit log)</source>
            <translation>Motivo (resta nel registro di audit)</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Put on hold</source>
            <translation>Metti sotto vincolo</translation>
        </message>
        <message>
            <source>Lift the hold</source>
            <translation>Togli il vincolo</translation>
        </message>
        <message>
            <source>Privacy notice</source>
            <translation>Informativa privacy</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation>Italiano</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Inglese</translation>
        </message>
        <message>
            <source>Privacy notice: {language}</source>
            <translation>Informativa privacy: {language}</translation>
        </message>
        <message>
            <source>A new version asks everyone to acknowledge it again at their next visit.</source>
            <translation>Una nuova versione chiede a tutti di prenderne visione di nuovo alla visita successiva.</translation>
        </message>
        <message>
            <source>Publish as a new version…</source>
            <translation>Pubblica come nuova versione…</translation>
        </message>
        <message>
            <source>Nobody is on legal hold.</source>
            <translation>Nessuno è sotto vincolo legale.</translation>
        </message>
        <message>
            <source>Version {version}: the notice shipped with Serre Desk.</source>
            <translation>Versione {version}: l’informativa fornita con Serre Desk.</translation>
        </message>
        <message>
            <source>Version {version}, published on {day}.</source>
            <translation>Versione {version}, pubblicata il {day}.</translation>
        </message>
        <message>
            <source>Choose the person first.</source>
            <translation>Prima scegli la persona.</translation>
        </message>
        <message>
            <source>Choose someone in the list of people on hold first.</source>
            <translation>Prima scegli qualcuno nell’elenco delle persone sotto vincolo.</translation>
        </message>
        <message>
            <source>{name} is on legal hold.</source>
            <translation>{name} è sotto vincolo legale.</translation>
        </message>
        <message>
            <source>The legal hold of {name} is lifted.</source>
            <translation>Il vincolo legale di {name} è tolto.</translation>
        </message>
        <message>
            <source>Publish the privacy notice</source>
            <translation>Pubblica l’informativa privacy</translation>
        </message>
        <message>
            <source>Publish this text as version {version}? Everyone is asked to acknowledge it again at their next visit.</source>
            <translation>Pubblicare questo testo come versione {version}? A tutti sarà chiesto di prenderne visione di nuovo alla visita successiva.</translation>
        </message>
        <message>
            <source>Publish version {version}</source>
            <translation>Pubblica la versione {version}</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Continua a modificare</translation>
        </message>
        <message>
            <source>Version {version} of the privacy notice is in force.</source>
            <translation>È in vigore la versione {version} dell’informativa privacy.</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Cerca in:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>File di &amp;tipo:</translation>
        </message>
    </context>
    <context>
        <name>RecentEvents</name>
        <message>
            <source>Recent events</source>
            <translation>Ultimi movimenti</translation>
        </message>
        <message>
            <source>{name} — checked in · {area}</source>
            <translation>{name} — entrata · {area}</translation>
        </message>
        <message>
            <source>{name} — checked out · {area}</source>
            <translation>{name} — uscita · {area}</translation>
        </message>
        <message>
            <source>automatic check-out</source>
            <translation>uscita automatica</translation>
        </message>
        <message>
            <source>override</source>
            <translation>autorizzazione speciale</translation>
        </message>
        <message>
            <source>{name} — check-in undone</source>
            <translation>{name} — ingresso annullato</translation>
        </message>
        <message>
            <source>{name} — check-out undone</source>
            <translation>{name} — uscita annullata</translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Rifiutato: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>Day closed: %n automatic check-out(s)</source>
            <translation>
                <numerusform>Giornata chiusa: %n uscita automatica</numerusform>
                <numerusform>Giornata chiusa: %n uscite automatiche</numerusform>
            </translation>
        </message>
        <message>
            <source>someone</source>
            <translation>qualcuno</translation>
        </message>
        <message>
            <source>{name} — pickup refused</source>
            <translation>{name} — ritiro rifiutato</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodeNote</name>
        <message>
            <source>I have written it down</source>
            <translation>L'ho scritto</translation>
        </message>
        <message>
            <source>The recovery code of {name}. Write it down or print it now and keep it with the venue's keys, away from the desk: it is shown only now. With it {name} sets a new password when locked out (at the sign-in: Use a recovery code).</source>
            <translation>Il codice di recupero di {name}. Scrivilo o stampalo ora e conservalo con le chiavi della sede, lontano dal banco: è mostrato solo ora. Con esso {name} imposta una nuova password se resta bloccato (all'accesso: Usa un codice di recupero).</translation>
        </message>
    </context>
    <context>
        <name>RecoveryForm</name>
        <message>
            <source>Manager's name</source>
            <translation>Nome del responsabile</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Codice di recupero</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>Nuova password</translation>
        </message>
        <message>
            <source>at least 12 characters</source>
            <translation>almeno 12 caratteri</translation>
        </message>
        <message>
            <source>New password again</source>
            <translation>Ripeti la nuova password</translation>
        </message>
        <message>
            <source>Set the new password</source>
            <translation>Imposta la nuova password</translation>
        </message>
        <message>
            <source>Back to the sign-in</source>
            <translation>Torna all'accesso</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Responsabile</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Le due password sono diverse.</translation>
        </message>
    </context>
    <context>
        <name>Refusal</name>
        <message>
            <source>{value!r} is not a date (YYYY-MM-DD).</source>
            <translation>{value!r} non è una data (AAAA-MM-GG).</translation>
        </message>
        <message>
            <source>{value!r} is not a whole number from {least} to {most}.</source>
            <translation>{value!r} non è un numero intero da {least} a {most}.</translation>
        </message>
        <message>
            <source>Answer y or n.</source>
            <translation>Rispondi s o n.</translation>
        </message>
        <message>
            <source>A revoked badge cannot be printed: drop --out.</source>
            <translation>Un badge revocato non si può stampare: togli --out.</translation>
        </message>
        <message>
            <source>No valid badge: print one with --out, or make one with --reissue.</source>
            <translation>Nessun badge valido: stampane uno con --out o creane uno nuovo con --reissue.</translation>
        </message>
        <message>
            <source>Several badges, or --start, only print: give --out FILE, without --reissue or --revoke.</source>
            <translation>Più badge, o --start, si possono solo stampare: indica --out FILE, senza --reissue né --revoke.</translation>
        </message>
        <message>
            <source>--start {start}: the format {format} has positions 1 to {slots}.</source>
            <translation>--start {start}: il formato {format} ha le posizioni da 1 a {slots}.</translation>
        </message>
        <message>
            <source>Only a manager can do this: give --as MANAGER with the password on stdin (--secret-stdin).</source>
            <translation>Solo un responsabile può farlo: indica --as RESPONSABILE con la password sullo standard input (--secret-stdin).</translation>
        </message>
        <message>
            <source>This command changes data: give --as USER with the PIN or password on stdin (--secret-stdin).</source>
            <translation>Questo comando modifica i dati: indica --as OPERATORE con il PIN o la password sullo standard input (--secret-stdin).</translation>
        </message>
        <message>
            <source>The clock is moved (--now): only a manager can change data at another time. Give --as MANAGER with the password on stdin (--secret-stdin).</source>
            <translation>L'orologio è spostato (--now): solo un responsabile può modificare i dati in un altro momento. Indica --as RESPONSABILE con la password su stdin (--secret-stdin).</translation>
        </message>
        <message>
            <source>A PIN or password was expected on stdin (one per line).</source>
            <translation>Era atteso un PIN o una password sullo standard input (uno per riga).</translation>
        </message>
        <message>
            <source>Give the PostgreSQL database: --db postgresql://USER@SERVER:PORT/DATABASE (a desk's own SQLite file needs no init).</source>
            <translation>Indica il database PostgreSQL: --db postgresql://UTENTE@SERVER:PORTA/DATABASE (il file SQLite di un banco non va preparato).</translation>
        </message>
        <message>
            <source>There is no entry [{service}] in {file}: save it with db connect.</source>
            <translation>Non c'è la voce [{service}] in {file}: salvala con db connect.</translation>
        </message>
        <message>
            <source>--birth, --guardian, --not-authorized, --allergy and --photo-consent are for --kind child.</source>
            <translation>--birth, --guardian, --not-authorized, --allergy e --photo-consent valgono per --kind child.</translation>
        </message>
        <message>
            <source>A child is registered with a birth date (--birth).</source>
            <translation>Un bambino si registra con la data di nascita (--birth).</translation>
        </message>
        <message>
            <source>{value!r} is not a month (YYYY-MM).</source>
            <translation>{value!r} non è un mese (AAAA-MM).</translation>
        </message>
        <message>
            <source>Name the plan with --plan NAME.</source>
            <translation>Indica il piano con --plan NOME.</translation>
        </message>
        <message>
            <source>The usage report is written as FILE.pdf or FILE.csv.</source>
            <translation>Il rapporto di utilizzo si scrive come FILE.pdf o FILE.csv.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {error}.</source>
            <translation>Impossibile leggere {path}: {error}.</translation>
        </message>
        <message>
            <source>The range ends ({last}) before it starts ({first}).</source>
            <translation>Il periodo finisce ({last}) prima di cominciare ({first}).</translation>
        </message>
        <message>
            <source>This is not a Serre badge: scan it again, or type the person's name.</source>
            <translation>Questo non è un badge delle Serre: scansionalo di nuovo o scrivi il nome della persona.</translation>
        </message>
        <message>
            <source>This badge code has been tampered with or mistyped: it is not valid.</source>
            <translation>Questo codice badge è stato alterato o digitato male: non è valido.</translation>
        </message>
        <message>
            <source>This is not a badge of this venue.</source>
            <translation>Questo non è un badge di questa sede.</translation>
        </message>
        <message>
            <source>{value!r} is outside the dates the desk keeps ({first} to {last}).</source>
            <translation>{value!r} è fuori dalle date che il desk gestisce (dal {first} al {last}).</translation>
        </message>
        <message>
            <source>The time {value!r} needs an offset (+01:00) or Z: it is ambiguous without.</source>
            <translation>L’orario {value!r} ha bisogno di un fuso (+01:00) o di Z: senza è ambiguo.</translation>
        </message>
        <message>
            <source>{value!r} is not an ISO 8601 time (2026-11-20T09:05+01:00).</source>
            <translation>{value!r} non è un orario ISO 8601 (2026-11-20T09:05+01:00).</translation>
        </message>
        <message>
            <source>Authorised for pickup: {adults}.</source>
            <translation>Delegati al ritiro: {adults}.</translation>
        </message>
        <message>
            <source>A manager can override with a written reason.</source>
            <translation>Un responsabile può autorizzare con un motivo scritto.</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>nessuno</translation>
        </message>
        <message>
            <source>The name is empty.</source>
            <translation>Il nome è vuoto.</translation>
        </message>
        <message>
            <source>The name is longer than {limit} characters.</source>
            <translation>Il nome supera i {limit} caratteri.</translation>
        </message>
        <message>
            <source>A days-per-month plan needs --days N (1 to 31).</source>
            <translation>Un piano a giorni al mese richiede --days N (da 1 a 31).</translation>
        </message>
        <message>
            <source>--days must be between 1 and 31.</source>
            <translation>--days deve essere tra 1 e 31.</translation>
        </message>
        <message>
            <source>A carnet needs --entries N (how many entries).</source>
            <translation>Un carnet richiede --entries N (quanti ingressi).</translation>
        </message>
        <message>
            <source>{value} is not a number of entries or days (1 to {limit}).</source>
            <translation>{value} non è un numero di ingressi o di giorni (da 1 a {limit}).</translation>
        </message>
        <message>
            <source>A plan is valid for at most {limit} days.</source>
            <translation>Un piano vale al massimo {limit} giorni.</translation>
        </message>
        <message>
            <source>A ratio is a number of children per educator, 1 to {most}: not {value}.</source>
            <translation>Il rapporto è un numero di bambini per educatore, da 1 a {most}: non {value}.</translation>
        </message>
        <message>
            <source>Area key {key!r} must be lowercase letters, digits, - or _.</source>
            <translation>La chiave dell’area {key!r} deve contenere solo lettere minuscole, cifre, - o _.</translation>
        </message>
        <message>
            <source>Capacity must be between 1 and 10000, not {value}.</source>
            <translation>La capienza deve essere tra 1 e 10000, non {value}.</translation>
        </message>
        <message>
            <source>Unknown weekday {day!r}: use mon, tue, … sun.</source>
            <translation>Giorno della settimana sconosciuto {day!r}: usa lun, mar, … dom.</translation>
        </message>
        <message>
            <source>Time {value!r} is not HH:MM.</source>
            <translation>L’orario {value!r} non è nella forma HH:MM.</translation>
        </message>
        <message>
            <source>Give both the opening and the closing time, or neither.</source>
            <translation>Indica sia l’orario di apertura sia quello di chiusura, oppure nessuno dei due.</translation>
        </message>
        <message>
            <source>Closing time must come after opening time.</source>
            <translation>L’orario di chiusura deve venire dopo quello di apertura.</translation>
        </message>
        <message>
            <source>A corrected time cannot be in the future.</source>
            <translation>Un orario corretto non può essere nel futuro.</translation>
        </message>
        <message>
            <source>There is no area {key!r}.</source>
            <translation>Non esiste l’area {key!r}.</translation>
        </message>
        <message>
            <source>No area is configured.</source>
            <translation>Non è configurata nessuna area.</translation>
        </message>
        <message>
            <source>{area} is for children and educators: check the adult in elsewhere.</source>
            <translation>{area} è per bambini ed educatori: registra l’ingresso dell’adulto in un’altra area.</translation>
        </message>
        <message>
            <source>Children are checked in to the kids' space, not {area}.</source>
            <translation>I bambini entrano nello spazio bimbi, non in {area}.</translation>
        </message>
        <message>
            <source>{name} is already inside {area}.</source>
            <translation>{name} è già in {area}.</translation>
        </message>
        <message>
            <source>{area} is full ({capacity}): a manager can authorise.</source>
            <translation>{area} è pieno ({capacity}): un responsabile può autorizzare.</translation>
        </message>
        <message>
            <source>{name} is not a child: only children are brought and collected with a pickup code.</source>
            <translation>{name} non è un bambino: solo i bambini si accompagnano e si ritirano con un codice di ritiro.</translation>
        </message>
        <message>
            <source>{area}: with one more child, educators needed: {needed}, present: {educators}. Call an educator, or a manager can authorise.</source>
            <translation>{area}: con un bambino in più, educatori necessari: {needed}, presenti: {educators}. Chiama un educatore, oppure un responsabile può autorizzare.</translation>
        </message>
        <message>
            <source>{child} has no adult authorised for pickup: add an authorised guardian with a phone number first.</source>
            <translation>{child} non ha delegati al ritiro: aggiungi prima un accompagnatore delegato con un numero di telefono.</translation>
        </message>
        <message>
            <source>{adult} is not authorised for {child}: only an authorised guardian brings a child in.</source>
            <translation>{adult} non è delegato per {child}: solo un accompagnatore delegato può portare dentro un bambino.</translation>
        </message>
        <message>
            <source>The expected pickup time must be later than now.</source>
            <translation>L’orario di ritiro previsto deve essere più tardi di adesso.</translation>
        </message>
        <message>
            <source>{name} is not inside.</source>
            <translation>{name} non è dentro.</translation>
        </message>
        <message>
            <source>The check-out time is earlier than the check-in time.</source>
            <translation>L’orario di uscita è precedente a quello di ingresso.</translation>
        </message>
        <message>
            <source>{child} leaves only with the pickup code and an authorised adult: use the pickup.</source>
            <translation>{child} esce solo con il codice di ritiro e un adulto delegato: usa il ritiro.</translation>
        </message>
        <message>
            <source>{child} is checked in by the authorised adult who brings them.</source>
            <translation>L’ingresso di {child} lo registra l’adulto delegato che lo accompagna.</translation>
        </message>
        <message>
            <source>A child cannot collect {child}: choose an adult.</source>
            <translation>Un bambino non può ritirare {child}: scegli un adulto.</translation>
        </message>
        <message>
            <source>No pickup code was given for {child}: scan or type the slip's code.</source>
            <translation>Nessun codice di ritiro per {child}: leggi o digita il codice del tagliando.</translation>
        </message>
        <message>
            <source>{count} wrong pickup codes today for {child}: only a manager can release {child} now.</source>
            <translation>{count} codici di ritiro errati oggi per {child}: ora solo un responsabile può affidare {child}.</translation>
        </message>
        <message>
            <source>The pickup code does not match {child}'s. That is {count} wrong codes today: from now on only a manager can release {child}.</source>
            <translation>Il codice di ritiro non corrisponde a quello di {child}. Sono {count} codici errati oggi: da ora solo un responsabile può affidare {child}.</translation>
        </message>
        <message>
            <source>The pickup code does not match {child}'s.</source>
            <translation>Il codice di ritiro non corrisponde a quello di {child}.</translation>
        </message>
        <message>
            <source>{adult} is not authorised to collect {child}.</source>
            <translation>{adult} non è delegato al ritiro di {child}.</translation>
        </message>
        <message>
            <source>{adult} is marked as NOT authorised to collect {child}.</source>
            <translation>{adult} risulta NON delegato al ritiro di {child}.</translation>
        </message>
        <message>
            <source>{adult}'s one-day authorisation for {child} has expired.</source>
            <translation>La delega di un giorno di {adult} per {child} è scaduta.</translation>
        </message>
        <message>
            <source>A PNG preview shows one page: write a PDF for several badges.</source>
            <translation>L’anteprima PNG mostra una sola pagina: per più badge scrivi un PDF.</translation>
        </message>
        <message>
            <source>Unknown badge format {name!r}: use one of {formats}.</source>
            <translation>Formato badge sconosciuto {name!r}: usa uno di {formats}.</translation>
        </message>
        <message>
            <source>Unknown label size {name!r}: use one of {sizes}.</source>
            <translation>Formato di etichetta sconosciuto {name!r}: usa uno di {sizes}.</translation>
        </message>
        <message>
            <source>Export to a .json or a .pdf file, not {name!r}.</source>
            <translation>Esporta in un file .json o .pdf, non {name!r}.</translation>
        </message>
        <message>
            <source>This scan was already recorded (the connection broke while it was being saved): nothing was done twice.</source>
            <translation>Questa scansione era già registrata (la connessione si è interrotta mentre veniva salvata): niente è stato fatto due volte.</translation>
        </message>
        <message>
            <source>A new area needs both a name and a capacity.</source>
            <translation>Una nuova area ha bisogno di un nome e di una capienza.</translation>
        </message>
        <message>
            <source>{path} holds no audit anchor: give a daily sheet (PDF), a backup or its .anchor.json file.</source>
            <translation>{path} non contiene un'ancora del registro di audit: indicare un foglio presenze (PDF), un backup o il suo file .anchor.json.</translation>
        </message>
        <message>
            <source>The audit anchor {path} was altered.</source>
            <translation>L'ancora del registro di audit {path} è stata alterata.</translation>
        </message>
        <message>
            <source>The audit key {path} cannot be read: restore it from where it is kept.</source>
            <translation>Impossibile leggere la chiave del registro di audit {path}: ripristinarla dalla copia custodita.</translation>
        </message>
        <message>
            <source>This database's audit log is sealed with a key this desk does not have: copy audit.key from the first desk to {path} (or set SERRE_DESK_AUDIT_KEY_FILE).</source>
            <translation>Il registro di audit di questo database è sigillato con una chiave che questa postazione non ha: copiare audit.key dalla prima postazione in {path} (oppure impostare SERRE_DESK_AUDIT_KEY_FILE).</translation>
        </message>
        <message>
            <source>The audit key {path} is not the key this database's audit log is sealed with.</source>
            <translation>La chiave {path} non è quella con cui è sigillato il registro di audit di questo database.</translation>
        </message>
        <message>
            <source>This desk uses PostgreSQL: back it up with pg_dump (pg_dump --format=custom --file=serre-desk.dump DATABASE) and restore with pg_restore.</source>
            <translation>Questo banco usa PostgreSQL: fai la copia di sicurezza con pg_dump (pg_dump --format=custom --file=serre-desk.dump DATABASE) e ripristina con pg_restore.</translation>
        </message>
        <message>
            <source>Cannot write the backup {path}: {error}.</source>
            <translation>Impossibile scrivere la copia di sicurezza {path}: {error}.</translation>
        </message>
        <message>
            <source>The backup failed its integrity check: the database may be damaged. Keep the last good backups.</source>
            <translation>La copia di sicurezza non ha superato il controllo di integrità: il database potrebbe essere danneggiato. Conserva le ultime copie integre.</translation>
        </message>
        <message>
            <source>{path} is not a usable Serre Desk backup (missing, damaged or foreign).</source>
            <translation>{path} non è una copia di sicurezza utilizzabile di Serre Desk (mancante, danneggiata o di un’altra installazione).</translation>
        </message>
        <message>
            <source>Keep {low} to {high} daily backups, not {value}.</source>
            <translation>Conserva da {low} a {high} backup giornalieri, non {value}.</translation>
        </message>
        <message>
            <source>This badge has been revoked: a new badge replaces it or it was withdrawn.</source>
            <translation>Questo badge è stato revocato: è stato sostituito da un nuovo badge o ritirato.</translation>
        </message>
        <message>
            <source>This badge has expired: it was made for another kind of visitor.</source>
            <translation>Questo badge è scaduto: era stato fatto per un altro tipo di visitatore.</translation>
        </message>
        <message>
            <source>This day pass is not valid yet: it was issued on {day} at {time}.</source>
            <translation>Questo pass giornaliero non è ancora valido: è stato emesso il {day} alle {time}.</translation>
        </message>
        <message>
            <source>This day pass has expired: it was valid on {day} only.</source>
            <translation>Questo pass giornaliero è scaduto: era valido solo il {day}.</translation>
        </message>
        <message>
            <source>This badge has expired: the membership ended on {day}.</source>
            <translation>Questo badge è scaduto: l’abbonamento è terminato il {day}.</translation>
        </message>
        <message>
            <source>{name} has no badge to revoke.</source>
            <translation>{name} non ha badge da revocare.</translation>
        </message>
        <message>
            <source>Children get no badge: their guardian checks them in and out.</source>
            <translation>I bambini non hanno badge: l’ingresso e l’uscita li registra l’accompagnatore.</translation>
        </message>
        <message>
            <source>{name!r} is not a service name: letters, digits, '-', '_' and '.'.</source>
            <translation>{name!r} non è un nome di servizio: lettere, cifre, '-', '_' e '.'.</translation>
        </message>
        <message>
            <source>The TLS mode is one of {modes}, not {value!r}.</source>
            <translation>La modalità TLS è una tra {modes}, non {value!r}.</translation>
        </message>
        <message>
            <source>A port is a number from 1 to 65535, not {value}.</source>
            <translation>Una porta è un numero da 1 a 65535, non {value}.</translation>
        </message>
        <message>
            <source>The {field} {value!r} cannot be used here.</source>
            <translation>Il campo {field} {value!r} non si può usare qui.</translation>
        </message>
        <message>
            <source>A password cannot contain a line break.</source>
            <translation>Una password non può contenere un a capo.</translation>
        </message>
        <message>
            <source>The database {url} already holds data ({found}): db copy only fills an empty database. Nothing was copied.</source>
            <translation>Il database {url} contiene già dati ({found}): db copy riempie solo un database vuoto. Non è stato copiato nulla.</translation>
        </message>
        <message>
            <source>The copy of {table} does not match its source ({what}): nothing was copied.</source>
            <translation>La copia di {table} non corrisponde all'originale ({what}): non è stato copiato nulla.</translation>
        </message>
        <message>
            <source>db copy moves a desk's own SQLite file: run it without --db.</source>
            <translation>db copy trasferisce il file SQLite del banco: eseguilo senza --db.</translation>
        </message>
        <message>
            <source>Open the desk once first: its database is older than this program.</source>
            <translation>Apri prima il banco una volta: il suo database è più vecchio di questo programma.</translation>
        </message>
        <message>
            <source>The copied audit log does not verify as its source does ({target} events checked, {source} on the source).</source>
            <translation>Il registro copiato non si verifica come l'originale ({target} eventi verificati, {source} nell'originale).</translation>
        </message>
        <message>
            <source>The database file could not be read or written (disk I/O error). Check the disk, then try again.</source>
            <translation>Il file del database non si può leggere o scrivere (errore di I/O del disco). Controlla il disco e riprova.</translation>
        </message>
        <message>
            <source>The database has no desk user yet: name its first manager with --manager NAME (the password on stdin).</source>
            <translation>Il database non ha ancora operatori: indica il primo responsabile con --manager NOME (la password su stdin).</translation>
        </message>
        <message>
            <source>{file} is an Excel workbook: save it as CSV UTF-8 and import that file.</source>
            <translation>{file} è una cartella di lavoro Excel: salvala come CSV UTF-8 e importa quel file.</translation>
        </message>
        <message>
            <source>{file} is not a text file: save the list as CSV UTF-8 and import that.</source>
            <translation>{file} non è un file di testo: salva l’elenco come CSV UTF-8 e importa quello.</translation>
        </message>
        <message>
            <source>Line {line} has a field longer than {limit} characters: nothing was imported.</source>
            <translation>La riga {line} ha un campo più lungo di {limit} caratteri: non è stato importato nulla.</translation>
        </message>
        <message>
            <source>Line {line} opens a quote (") that never closes: nothing was imported.</source>
            <translation>La riga {line} apre delle virgolette (") che non si chiudono mai: non è stato importato nulla.</translation>
        </message>
        <message>
            <source>Line {line} is not valid CSV ({problem}): nothing was imported.</source>
            <translation>La riga {line} non è CSV valido ({problem}): non è stato importato nulla.</translation>
        </message>
        <message>
            <source>The file has no name column (nome / name).</source>
            <translation>Il file non ha una colonna del nome (nome / name).</translation>
        </message>
        <message>
            <source>Kind {value!r}: only members and staff can be imported.</source>
            <translation>Tipo {value!r}: si possono importare solo membri e staff.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Il file è vuoto.</translation>
        </message>
        <message>
            <source>The birth date {day} is in the future.</source>
            <translation>La data di nascita {day} è nel futuro.</translation>
        </message>
        <message>
            <source>Born on {day}: the kids' space is for children up to {years}.</source>
            <translation>Nato il {day}: lo spazio bimbi è per bambini fino a {years}.</translation>
        </message>
        <message>
            <source>{name} is a child: a guardian is an adult.</source>
            <translation>{name} è un bambino: un accompagnatore è un adulto.</translation>
        </message>
        <message>
            <source>The same adult is listed twice: authorised or not, choose one.</source>
            <translation>Lo stesso adulto compare due volte: delegato o no, scegline uno.</translation>
        </message>
        <message>
            <source>A child needs at least one adult authorised for pickup (--guardian).</source>
            <translation>Un bambino ha bisogno di almeno un delegato al ritiro (--guardian).</translation>
        </message>
        <message>
            <source>{child} needs at least one authorised guardian: add another one first.</source>
            <translation>{child} ha bisogno di almeno un delegato al ritiro: aggiungine prima un altro.</translation>
        </message>
        <message>
            <source>A one-day authorisation is an authorisation to collect.</source>
            <translation>Una delega di un giorno è una delega al ritiro.</translation>
        </message>
        <message>
            <source>{adult} is already authorised for {child}.</source>
            <translation>{adult} è già delegato al ritiro di {child}.</translation>
        </message>
        <message>
            <source>{adult} is marked as NOT authorised to collect {child}: only a manager can change that.</source>
            <translation>{adult} risulta NON delegato al ritiro di {child}: solo un responsabile può cambiarlo.</translation>
        </message>
        <message>
            <source>{adult} is not linked to {child}.</source>
            <translation>{adult} non è collegato a {child}.</translation>
        </message>
        <message>
            <source>Choose the children being brought, each once.</source>
            <translation>Scegli i bambini accompagnati, ciascuno una volta.</translation>
        </message>
        <message>
            <source>{name} is not inside the kids' space: there is nothing to print.</source>
            <translation>{name} non è nello spazio bimbi: non c’è niente da stampare.</translation>
        </message>
        <message>
            <source>Unknown age band {band!r}.</source>
            <translation>Fascia d’età sconosciuta {band!r}.</translation>
        </message>
        <message>
            <source>{name} has no phone number: an adult authorised for pickup needs one (add it to their details first).</source>
            <translation>{name} non ha un numero di telefono: un delegato al ritiro deve averlo (aggiungilo prima ai suoi dati).</translation>
        </message>
        <message>
            <source>The database server cannot be reached: nobody can be checked in or out until it is back. The desk reconnects by itself.</source>
            <translation>Il server del database non è raggiungibile: nessuno può entrare o uscire finché non torna. Il banco si ricollega da solo.</translation>
        </message>
        <message>
            <source>Cannot write {path}: {error}.</source>
            <translation>Impossibile scrivere {path}: {error}.</translation>
        </message>
        <message>
            <source>{value!r} is not an email address.</source>
            <translation>{value!r} non è un indirizzo email.</translation>
        </message>
        <message>
            <source>{value!r} is not a phone number.</source>
            <translation>{value!r} non è un numero di telefono.</translation>
        </message>
        <message>
            <source>Only a manager registers venue staff: staff count as educators in the kids' space and their badge never expires.</source>
            <translation>Solo un responsabile registra lo staff della sede: lo staff conta come educatore nello spazio bimbi e il suo badge non scade mai.</translation>
        </message>
        <message>
            <source>Only a manager changes whether someone is a guest, a member or staff: ask a manager to sign in.</source>
            <translation>Solo un responsabile cambia se una persona è ospite, membro o staff: chiedi a un responsabile di accedere.</translation>
        </message>
        <message>
            <source>Only a manager changes when a membership ends: ask a manager to sign in.</source>
            <translation>Solo un responsabile cambia la scadenza di un abbonamento: chiedi a un responsabile di accedere.</translation>
        </message>
        <message>
            <source>Only a manager can do this: ask a manager to sign in.</source>
            <translation>Solo un responsabile può farlo: chiedi a un responsabile di accedere.</translation>
        </message>
        <message>
            <source>The desk runs at another clock than the real one (--now): only a manager can change data then.</source>
            <translation>Il banco funziona con un orologio diverso da quello reale (--now): solo un responsabile può modificare i dati in questo caso.</translation>
        </message>
        <message>
            <source>Write the reason: it is kept in the audit log.</source>
            <translation>Scrivi il motivo: resta nel registro di audit.</translation>
        </message>
        <message>
            <source>Nobody is registered with id {id}.</source>
            <translation>Nessuno è registrato con l’id {id}.</translation>
        </message>
        <message>
            <source>There is no plan {name!r}.</source>
            <translation>Non esiste un piano {name!r}.</translation>
        </message>
        <message>
            <source>A plan holds in adult areas, not in {key!r}.</source>
            <translation>Un piano vale negli spazi per adulti, non in {key!r}.</translation>
        </message>
        <message>
            <source>A plan named {name!r} exists already.</source>
            <translation>Esiste già un piano chiamato {name!r}.</translation>
        </message>
        <message>
            <source>Plans are for adults: a child needs none.</source>
            <translation>I piani sono per gli adulti: a un bambino non serve.</translation>
        </message>
        <message>
            <source>The plan would end ({end}) before it starts ({start}).</source>
            <translation>Il piano finirebbe ({end}) prima di iniziare ({start}).</translation>
        </message>
        <message>
            <source>Add between 1 and {limit} entries (or take some back).</source>
            <translation>Aggiungi tra 1 e {limit} ingressi (o togline alcuni).</translation>
        </message>
        <message>
            <source>This person has no plan: give them one first.</source>
            <translation>Questa persona non ha un piano: assegnane uno prima.</translation>
        </message>
        <message>
            <source>An unlimited plan needs no entries.</source>
            <translation>Un piano illimitato non ha bisogno di ingressi.</translation>
        </message>
        <message>
            <source>Seats go from 0 to {limit}.</source>
            <translation>I posti vanno da 0 a {limit}.</translation>
        </message>
        <message>
            <source>A retention period is between {low} and {high}.</source>
            <translation>Un periodo di conservazione è tra {low} e {high}.</translation>
        </message>
        <message>
            <source>Person {id} is under a legal hold: their data cannot be erased.</source>
            <translation>La persona {id} è sotto vincolo legale: i suoi dati non si possono cancellare.</translation>
        </message>
        <message>
            <source>Person {id} is inside: check them out first.</source>
            <translation>La persona {id} è dentro: falla prima uscire.</translation>
        </message>
        <message>
            <source>The privacy notice cannot be empty.</source>
            <translation>L’informativa privacy non può essere vuota.</translation>
        </message>
        <message>
            <source>The privacy notice is longer than {limit} characters.</source>
            <translation>L’informativa privacy supera i {limit} caratteri.</translation>
        </message>
        <message>
            <source>Scanned while the desk was locked: left for staff.</source>
            <translation>Scansione a banco bloccato: lasciata al personale del banco.</translation>
        </message>
        <message>
            <source>Scanned while the desk was locked and self-service off: left for staff.</source>
            <translation>Scansionato a banco bloccato e self-service spento: lasciato al personale.</translation>
        </message>
        <message>
            <source>The database server cannot be reached: this cannot be saved until it is back. Nothing was changed; the desk reconnects by itself and says so, then try again.</source>
            <translation>Il server del database non è raggiungibile: non si può salvare finché non torna. Non è cambiato nulla; il banco si ricollega da solo e lo dice, poi riprova.</translation>
        </message>
        <message>
            <source>The pickup locks after {low} to {high} wrong codes, not {value}.</source>
            <translation>Il ritiro si blocca dopo {low}–{high} codici errati, non {value}.</translation>
        </message>
        <message>
            <source>The amber threshold is {low} to {high} % of the capacity, not {value}.</source>
            <translation>La soglia ambra va dal {low} al {high} % della capienza, non {value}.</translation>
        </message>
        <message>
            <source>The data folder {path} is on a network share: a SQLite file there can be corrupted. Keep it on this PC, or use PostgreSQL (--db) to share one database between several desks.</source>
            <translation>La cartella dei dati {path} è su una condivisione di rete: lì un file SQLite si può danneggiare. Tienila su questo PC, oppure usa PostgreSQL (--db) per condividere un database tra più banchi.</translation>
        </message>
        <message>
            <source>Cannot create the data folder {path}: {error}.</source>
            <translation>Impossibile creare la cartella dei dati {path}: {error}.</translation>
        </message>
        <message>
            <source>A desk's name is 1 to {limit} characters.</source>
            <translation>Il nome di un banco è lungo da 1 a {limit} caratteri.</translation>
        </message>
        <message>
            <source>A desk is a reception, kids or office desk, not {value!r}.</source>
            <translation>Un banco è reception, kids (spazio bimbi) o office (ufficio), non {value!r}.</translation>
        </message>
        <message>
            <source>More than {seconds} seconds have passed: this can no longer be undone. A manager can correct the time instead.</source>
            <translation>Sono passati più di {seconds} secondi: non si può più annullare. Un responsabile può invece correggere l’orario.</translation>
        </message>
        <message>
            <source>{name} has checked in or out again since: nothing was undone.</source>
            <translation>Nel frattempo c’è stato un altro ingresso o un’altra uscita di {name}: non è stato annullato nulla.</translation>
        </message>
        <message>
            <source>A staff PIN is at least 6 digits (digits only).</source>
            <translation>Il PIN di un operatore ha almeno 6 cifre (solo cifre).</translation>
        </message>
        <message>
            <source>A manager password is at least 12 characters long.</source>
            <translation>La password di un responsabile è lunga almeno 12 caratteri.</translation>
        </message>
        <message>
            <source>The role is staff or manager, not {value!r}.</source>
            <translation>Il ruolo è staff o manager, non {value!r}.</translation>
        </message>
        <message>
            <source>There is no desk user {name!r}.</source>
            <translation>Non esiste l’operatore {name!r}.</translation>
        </message>
        <message>
            <source>{name!r} is how the audit log names the desk before its first user, or a reader who did not sign in: choose another name.</source>
            <translation>{name!r} è il nome con cui il registro di audit indica il banco prima del suo primo operatore, o chi consulta senza accedere: scegli un altro nome.</translation>
        </message>
        <message>
            <source>The first desk user must be a manager.</source>
            <translation>Il primo operatore deve essere un responsabile.</translation>
        </message>
        <message>
            <source>Desk users exist already (made at another desk): a manager signs in to add one.</source>
            <translation>Esistono già operatori del banco (creati da un'altra postazione): per aggiungerne uno deve accedere un responsabile.</translation>
        </message>
        <message>
            <source>A desk user named {name!r} already exists.</source>
            <translation>Esiste già un operatore chiamato {name!r}.</translation>
        </message>
        <message>
            <source>Wrong PIN or password, or no such desk user.</source>
            <translation>PIN o password errati, oppure utente inesistente.</translation>
        </message>
        <message>
            <source>{name} is locked after too many wrong attempts: a manager can unlock.</source>
            <translation>{name} è bloccato dopo troppi tentativi errati: un responsabile può sbloccarlo.</translation>
        </message>
        <message>
            <source>Too many wrong attempts: wait {seconds} seconds and try again.</source>
            <translation>Troppi tentativi errati: aspetta {seconds} secondi e riprova.</translation>
        </message>
        <message>
            <source>{name} was deactivated: reactivate them with a new PIN or password instead.</source>
            <translation>{name} è disattivato: riattivalo con un nuovo PIN o una nuova password.</translation>
        </message>
        <message>
            <source>Only managers have a recovery code: a manager unlocks staff.</source>
            <translation>Solo i responsabili hanno un codice di recupero: il personale lo sblocca un responsabile.</translation>
        </message>
        <message>
            <source>Wrong user name or recovery code.</source>
            <translation>Nome utente o codice di recupero errati.</translation>
        </message>
        <message>
            <source>The desk locks after {low} to {high} idle minutes.</source>
            <translation>Il banco si blocca dopo un’inattività tra {low} e {high} minuti.</translation>
        </message>
        <message>
            <source>{name} is the last active manager: add or unlock another manager first.</source>
            <translation>{name} è l’ultimo responsabile attivo: prima aggiungi o sblocca un altro responsabile.</translation>
        </message>
        <message>
            <source>You cannot deactivate yourself: ask another manager to do it.</source>
            <translation>Non puoi disattivare te stesso: chiedi a un altro responsabile di farlo.</translation>
        </message>
        <message>
            <source>That time overlaps a visit already recorded for this person.</source>
            <translation>Quell’orario si sovrappone a una visita già registrata per questa persona.</translation>
        </message>
        <message>
            <source>Already inside: another desk checked this person in just now.</source>
            <translation>Già dentro: un altro banco ha appena registrato l’ingresso di questa persona.</translation>
        </message>
        <message>
            <source>The database is busy (locked by another program). Nothing was lost: try again in a moment.</source>
            <translation>Il database è occupato (bloccato da un altro programma). Non si è perso nulla: riprova tra un momento.</translation>
        </message>
        <message>
            <source>The disk is full: nothing was saved. Free some space and try again.</source>
            <translation>Il disco è pieno: non è stato salvato nulla. Libera un po’ di spazio e riprova.</translation>
        </message>
        <message>
            <source>The database file is damaged. Restore the latest backup (backups folder in the data dir).</source>
            <translation>Il file del database è danneggiato. Ripristina l’ultima copia di sicurezza (cartella backups nella cartella dei dati).</translation>
        </message>
        <message>
            <source>The database cannot be opened for writing: check the data folder's permissions.</source>
            <translation>Il database non si può aprire in scrittura: controlla i permessi della cartella dei dati.</translation>
        </message>
        <message>
            <source>The database server cannot be reached: check the network and try again.</source>
            <translation>Il server del database non è raggiungibile: controlla la rete e riprova.</translation>
        </message>
        <message>
            <source>{url} is not a PostgreSQL address: write postgresql://USER@SERVER:PORT/DATABASE (or postgresql:///?service=NAME).</source>
            <translation>{url} non è un indirizzo PostgreSQL: scrivi postgresql://UTENTE@SERVER:PORTA/DATABASE (oppure postgresql:///?service=NOME).</translation>
        </message>
        <message>
            <source>The server {server} has no user {user}: create the role first (see the README, A server for several desks).</source>
            <translation>Il server {server} non ha l'utente {user}: crea prima il ruolo (vedi nel README A server for several desks).</translation>
        </message>
        <message>
            <source>The database {database} does not exist on {server}: create it first (createdb), then run this again.</source>
            <translation>Il database {database} non esiste su {server}: crealo prima (createdb), poi riprova.</translation>
        </message>
        <message>
            <source>The server {server} refused the password of {user}: check the password.</source>
            <translation>Il server {server} ha rifiutato la password di {user}: controlla la password.</translation>
        </message>
        <message>
            <source>The server {server} wants a password for {user} and none was given: save it with `serre-desk db connect` (or in the .pgpass file).</source>
            <translation>Il server {server} chiede una password per {user} e non ne è stata data nessuna: salvala con `serre-desk db connect` (o nel file .pgpass).</translation>
        </message>
        <message>
            <source>The server {server} does not offer TLS but this desk requires it (sslmode): turn on ssl in the server's postgresql.conf, or lower sslmode on a trusted network.</source>
            <translation>Il server {server} non offre TLS ma questo banco lo richiede (sslmode): attiva ssl nel postgresql.conf del server, oppure abbassa sslmode su una rete fidata.</translation>
        </message>
        <message>
            <source>The server {server} accepts {user} only over TLS: add sslmode=require to the address.</source>
            <translation>Il server {server} accetta {user} solo con TLS: aggiungi sslmode=require all'indirizzo.</translation>
        </message>
        <message>
            <source>The TLS certificate of {server} is not trusted by this desk: give its CA (sslrootcert) or use sslmode=require.</source>
            <translation>Il certificato TLS di {server} non è riconosciuto da questo banco: indica la sua CA (sslrootcert) oppure usa sslmode=require.</translation>
        </message>
        <message>
            <source>The server {server} does not let {user} in from this PC: add a line for it to pg_hba.conf and reload the server.</source>
            <translation>Il server {server} non fa entrare {user} da questo PC: aggiungi una riga per questo PC in pg_hba.conf e ricarica il server.</translation>
        </message>
        <message>
            <source>The database server {server} cannot be reached: check that PostgreSQL runs there, the address and port, and the network.</source>
            <translation>Il server del database {server} non è raggiungibile: controlla che PostgreSQL sia in funzione, l'indirizzo, la porta e la rete.</translation>
        </message>
        <message>
            <source>This database was made by Serre Desk {release}: install that version or newer. It was left as it is (Serre Desk {version} never downgrades a database).</source>
            <translation>Questo database è stato creato da Serre Desk {release}: installa quella versione o una più recente. Il database è stato lasciato com'è (Serre Desk {version} non riporta mai un database a una versione precedente).</translation>
        </message>
        <message>
            <source>This database was made by a newer Serre Desk than {version}: install the newer version. It was left as it is (a database is never downgraded).</source>
            <translation>Questo database è stato creato da una versione di Serre Desk più recente della {version}: installa la versione più recente. Il database è stato lasciato com'è (un database non viene mai riportato a una versione precedente).</translation>
        </message>
    </context>
    <context>
        <name>RegistrationDialog</name>
        <message>
            <source>New visitor</source>
            <translation>Nuovo visitatore</translation>
        </message>
        <message>
            <source>A child is registered with a birth date and guardians: the child's form opens (Shift+F2)</source>
            <translation>Un bambino si registra con data di nascita e accompagnatori: si apre il modulo del bambino (Maiusc+F2)</translation>
        </message>
        <message>
            <source>Check in the chosen person instead</source>
            <translation>Fai entrare invece la persona scelta</translation>
        </message>
        <message>
            <source>Register and check in</source>
            <translation>Registra e fai entrare</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Privacy notice (show it to the person):</source>
            <translation>Informativa privacy (mostrala alla persona):</translation>
        </message>
        <message>
            <source>Already registered with this name: is it the same person? Check them in instead, or register a new person anyway.</source>
            <translation>Già registrato con questo nome: è la stessa persona? Falla entrare, oppure registra comunque una persona nuova.</translation>
        </message>
        <message>
            <source>Register anyway and check in</source>
            <translation>Registra comunque e fai entrare</translation>
        </message>
        <message>
            <source>Someone with this name is already registered (see above).</source>
            <translation>Una persona con questo nome è già registrata (vedi sopra).</translation>
        </message>
        <message>
            <source>Write the person's name.</source>
            <translation>Scrivi il nome della persona.</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>left from {date}, in since {time}</source>
            <translation>rimasto dal {date}, presente dalle {time}</translation>
        </message>
        <message>
            <source>still inside at closing</source>
            <translation>ancora presente alla chiusura</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>Postazione</translation>
        </message>
        <message>
            <source>still inside at closing — released on {date} {time} by {who}</source>
            <translation>ancora presente alla chiusura — ritirato il {date} alle {time} da {who}</translation>
        </message>
        <message>
            <source>Audit log when this sheet was made: {count} events; its chain head:</source>
            <translation>Registro di audit alla creazione di questo foglio: {count} eventi; testa della catena:</translation>
        </message>
        <message>
            <source>Person id</source>
            <translation>ID persona</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organizzazione</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Piano</translation>
        </message>
        <message>
            <source>Days present</source>
            <translation>Giorni di presenza</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Ore</translation>
        </message>
        <message>
            <source>Entries used</source>
            <translation>Ingressi usati</translation>
        </message>
        <message>
            <source>Entries left</source>
            <translation>Ingressi rimasti</translation>
        </message>
        <message>
            <source>Days over the plan</source>
            <translation>Giorni oltre il piano</translation>
        </message>
        <message>
            <source>Plan usage</source>
            <translation>Utilizzo dei piani</translation>
        </message>
        <message>
            <source>Over the plan</source>
            <translation>Oltre il piano</translation>
        </message>
        <message>
            <source>Days left unused</source>
            <translation>Giorni non usati</translation>
        </message>
        <message>
            <source>Organisations' seats</source>
            <translation>Posti delle organizzazioni</translation>
        </message>
        <message>
            <source>Everyone this month</source>
            <translation>Tutti, questo mese</translation>
        </message>
        <message>
            <source>People over the plan</source>
            <translation>Persone oltre il piano</translation>
        </message>
        <message>
            <source>People with days left</source>
            <translation>Persone con giorni non usati</translation>
        </message>
        <message>
            <source>People on a plan</source>
            <translation>Persone con un piano</translation>
        </message>
        <message>
            <source>Days over, in all</source>
            <translation>Giorni oltre, in tutto</translation>
        </message>
        <message>
            <source>Anonymised guests</source>
            <translation>Ospiti anonimizzati</translation>
        </message>
        <message>
            <source>Days present, in all</source>
            <translation>Giorni di presenza, in tutto</translation>
        </message>
        <message>
            <source>Nobody went over the plan.</source>
            <translation>Nessuno è andato oltre il piano.</translation>
        </message>
        <message>
            <source>Nobody left days unused.</source>
            <translation>Nessuno ha lasciato giorni non usati.</translation>
        </message>
        <message>
            <source>Nobody came this month.</source>
            <translation>Nessuno è venuto questo mese.</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Posti</translation>
        </message>
        <message>
            <source>Most used at once</source>
            <translation>Massimo occupati insieme</translation>
        </message>
        <message>
            <source>Days used</source>
            <translation>Giorni usati</translation>
        </message>
        <message>
            <source>Used / included</source>
            <translation>Usati / inclusi</translation>
        </message>
        <message>
            <source>no plan</source>
            <translation>nessun piano</translation>
        </message>
        <message>
            <source>seats of {org}</source>
            <translation>posti di {org}</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>illimitato</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>lunedì</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>martedì</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>mercoledì</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>giovedì</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>venerdì</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>sabato</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>domenica</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>lun</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>mar</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>mer</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>gio</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>ven</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>sab</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>dom</translation>
        </message>
        <message>
            <source>January</source>
            <translation>gennaio</translation>
        </message>
        <message>
            <source>February</source>
            <translation>febbraio</translation>
        </message>
        <message>
            <source>March</source>
            <translation>marzo</translation>
        </message>
        <message>
            <source>April</source>
            <translation>aprile</translation>
        </message>
        <message>
            <source>May</source>
            <translation>maggio</translation>
        </message>
        <message>
            <source>June</source>
            <translation>giugno</translation>
        </message>
        <message>
            <source>July</source>
            <translation>luglio</translation>
        </message>
        <message>
            <source>August</source>
            <translation>agosto</translation>
        </message>
        <message>
            <source>September</source>
            <translation>settembre</translation>
        </message>
        <message>
            <source>October</source>
            <translation>ottobre</translation>
        </message>
        <message>
            <source>November</source>
            <translation>novembre</translation>
        </message>
        <message>
            <source>December</source>
            <translation>dicembre</translation>
        </message>
        <message>
            <source>Attendance sheet</source>
            <translation>Foglio presenze</translation>
        </message>
        <message>
            <source>Attendance report</source>
            <translation>Rapporto presenze</translation>
        </message>
        <message>
            <source>Emergency list</source>
            <translation>Lista di emergenza</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Riepilogo</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totale</translation>
        </message>
        <message>
            <source>Occupancy by hour</source>
            <translation>Presenze per ora</translation>
        </message>
        <message>
            <source>Occupancy by hour (highest in each hour)</source>
            <translation>Presenze per ora (massimo in ogni ora)</translation>
        </message>
        <message>
            <source>Visits per day</source>
            <translation>Visite al giorno</translation>
        </message>
        <message>
            <source>Average occupancy by weekday and hour</source>
            <translation>Presenze medie per giorno della settimana e ora</translation>
        </message>
        <message>
            <source>Busiest days</source>
            <translation>Giorni più affollati</translation>
        </message>
        <message>
            <source>Members and guests</source>
            <translation>Membri e ospiti</translation>
        </message>
        <message>
            <source>Members, guests and staff</source>
            <translation>Membri, ospiti e staff</translation>
        </message>
        <message>
            <source>Kids' space</source>
            <translation>Spazio bimbi</translation>
        </message>
        <message>
            <source>Educators</source>
            <translation>Educatori</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Firme</translation>
        </message>
        <message>
            <source>Staff on duty</source>
            <translation>Personale in servizio</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Responsabile</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Desk users: {users}</source>
            <translation>Utenti del banco: {users}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Pagina {page} di {pages}</translation>
        </message>
        <message>
            <source>Generated on {date} at {time}</source>
            <translation>Generato il {date} alle {time}</translation>
        </message>
        <message>
            <source>opening hours {opens}–{closes}</source>
            <translation>orario {opens}–{closes}</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>chiuso</translation>
        </message>
        <message>
            <source>a {hours}-hour day (clocks changed)</source>
            <translation>giornata di {hours} ore (cambio dell’ora)</translation>
        </message>
        <message>
            <source>{first} – {last}</source>
            <translation>{first} – {last}</translation>
        </message>
        <message>
            <source>Guests anonymised under the retention rules.</source>
            <translation>Ospiti resi anonimi secondo i tempi di conservazione.</translation>
        </message>
        <message>
            <source>Confidential: personal data processed under the GDPR (EU Reg. 2016/679) to record attendance, as described in the venue's privacy notice. No health data is printed. Keep under lock and destroy according to the retention rules.</source>
            <translation>Documento riservato: dati personali trattati ai sensi del GDPR (Reg. UE 2016/679) per la registrazione delle presenze, come descritto nell’informativa privacy della sede. Nessun dato sanitario è stampato. Conservare sotto chiave e distruggere secondo i tempi di conservazione.</translation>
        </message>
        <message>
            <source>Confidential, for the roll call at the assembly point only: destroy after use.</source>
            <translation>Riservato, solo per l’appello al punto di raccolta: distruggere dopo l’uso.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>In</source>
            <translation>Entrata</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>Uscita</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durata</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Bambino</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Età</translation>
        </message>
        <message>
            <source>Brought by</source>
            <translation>Accompagnato da</translation>
        </message>
        <message>
            <source>Collected by</source>
            <translation>Ritirato da</translation>
        </message>
        <message>
            <source>Pickup</source>
            <translation>Ritiro</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Dalle</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefono</translation>
        </message>
        <message>
            <source>Allergy</source>
            <translation>Allergia</translation>
        </message>
        <message>
            <source>Guardians (phone)</source>
            <translation>Genitori / delegati (telefono)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Giorno</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visite</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Persone</translation>
        </message>
        <message>
            <source>Peak</source>
            <translation>Picco</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Membro</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>Ospite</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Educator</source>
            <translation>Educatore</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Membri</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>Ospiti</translation>
        </message>
        <message>
            <source>Anonymous guest {n}</source>
            <translation>Ospite anonimo {n}</translation>
        </message>
        <message>
            <source>Anonymous {n}</source>
            <translation>Anonimo {n}</translation>
        </message>
        <message>
            <source>peak {peak}/{capacity} at {time}</source>
            <translation>picco {peak}/{capacity} alle {time}</translation>
        </message>
        <message>
            <source>no one inside</source>
            <translation>nessuna presenza</translation>
        </message>
        <message>
            <source>average stay {duration}</source>
            <translation>permanenza media {duration}</translation>
        </message>
        <message>
            <source>average stay {duration}, auto check-outs left out</source>
            <translation>permanenza media {duration}, uscite automatiche escluse</translation>
        </message>
        <message>
            <source>{duration} (auto check-outs left out)</source>
            <translation>{duration} (uscite automatiche escluse)</translation>
        </message>
        <message>
            <source>nothing to report</source>
            <translation>nulla da segnalare</translation>
        </message>
        <message>
            <source>No visits.</source>
            <translation>Nessuna visita.</translation>
        </message>
        <message>
            <source>capacity {capacity}</source>
            <translation>capienza {capacity}</translation>
        </message>
        <message>
            <source>Nobody is inside.</source>
            <translation>Nessuno è presente.</translation>
        </message>
        <message>
            <source>Everyone inside at {time}, per area. Tick each person present at the assembly point.</source>
            <translation>Tutti i presenti alle {time}, per area. Spuntare ogni persona presente al punto di raccolta.</translation>
        </message>
        <message>
            <source>auto check-out</source>
            <translation>uscita automatica</translation>
        </message>
        <message>
            <source>time corrected</source>
            <translation>orario corretto</translation>
        </message>
        <message>
            <source>capacity override</source>
            <translation>deroga capienza</translation>
        </message>
        <message>
            <source>released with an override</source>
            <translation>ritiro con deroga</translation>
        </message>
        <message>
            <source>late pickup</source>
            <translation>ritiro in ritardo</translation>
        </message>
        <message>
            <source>still inside</source>
            <translation>ancora presente</translation>
        </message>
        <message>
            <source>not checked out</source>
            <translation>uscita non registrata</translation>
        </message>
        <message>
            <source>since {date} {time}</source>
            <translation>dal {date} alle {time}</translation>
        </message>
        <message>
            <source>continues until {date} {time}</source>
            <translation>prosegue fino al {date} alle {time}</translation>
        </message>
        <message>
            <source>code matched</source>
            <translation>codice corrispondente</translation>
        </message>
        <message>
            <source>no code check</source>
            <translation>codice non verificato</translation>
        </message>
        <message>
            <source>allergy</source>
            <translation>allergia</translation>
        </message>
        <message>
            <source>Open days</source>
            <translation>Giorni di apertura</translation>
        </message>
        <message>
            <source>Average visits per open day</source>
            <translation>Visite medie per giorno di apertura</translation>
        </message>
        <message>
            <source>Highest peak</source>
            <translation>Picco massimo</translation>
        </message>
        <message>
            <source>Visits by members</source>
            <translation>Visite di membri</translation>
        </message>
        <message>
            <source>Visits by guests</source>
            <translation>Visite di ospiti</translation>
        </message>
        <message>
            <source>Visits by staff</source>
            <translation>Visite dello staff</translation>
        </message>
        <message>
            <source>Distinct members</source>
            <translation>Membri diversi</translation>
        </message>
        <message>
            <source>Distinct guests</source>
            <translation>Ospiti diversi</translation>
        </message>
        <message>
            <source>Distinct staff</source>
            <translation>Persone dello staff</translation>
        </message>
        <message>
            <source>Average stay</source>
            <translation>Permanenza media</translation>
        </message>
        <message>
            <source>Child visits</source>
            <translation>Visite di bambini</translation>
        </message>
        <message>
            <source>Distinct children</source>
            <translation>Bambini diversi</translation>
        </message>
        <message>
            <source>Average stay of children</source>
            <translation>Permanenza media dei bambini</translation>
        </message>
        <message>
            <source>Pickup overrides</source>
            <translation>Ritiri con deroga</translation>
        </message>
        <message>
            <source>Late pickups</source>
            <translation>Ritiri in ritardo</translation>
        </message>
        <message>
            <source>Auto check-outs</source>
            <translation>Uscite automatiche</translation>
        </message>
        <message>
            <source>average</source>
            <translation>media</translation>
        </message>
        <message>
            <source>peak</source>
            <translation>picco</translation>
        </message>
        <message>
            <source>No visits in this period.</source>
            <translation>Nessuna visita in questo periodo.</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Ingresso</translation>
        </message>
        <message>
            <source>Check-out</source>
            <translation>Uscita</translation>
        </message>
        <message>
            <source>Duration (minutes)</source>
            <translation>Durata (minuti)</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Segnalazioni</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n membro</numerusform>
                <numerusform>%n membri</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n guest(s)</source>
            <translation>
                <numerusform>%n ospite</numerusform>
                <numerusform>%n ospiti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n child(ren)</source>
            <translation>
                <numerusform>%n bambino</numerusform>
                <numerusform>%n bambini</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n staff</source>
            <translation>
                <numerusform>%n staff</numerusform>
                <numerusform>%n staff</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n educator(s)</source>
            <translation>
                <numerusform>%n educatore</numerusform>
                <numerusform>%n educatori</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n visit(s)</source>
            <translation>
                <numerusform>%n visita</numerusform>
                <numerusform>%n visite</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n persona</numerusform>
                <numerusform>%n persone</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n inside</source>
            <translation>
                <numerusform>%n presente</numerusform>
                <numerusform>%n presenti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n auto check-out(s)</source>
            <translation>
                <numerusform>%n uscita automatica</numerusform>
                <numerusform>%n uscite automatiche</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n corrected time(s)</source>
            <translation>
                <numerusform>%n orario corretto</numerusform>
                <numerusform>%n orari corretti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n override(s)</source>
            <translation>
                <numerusform>%n deroga</numerusform>
                <numerusform>%n deroghe</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n late pickup(s)</source>
            <translation>
                <numerusform>%n ritiro in ritardo</numerusform>
                <numerusform>%n ritiri in ritardo</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportsView</name>
        <message>
            <source>&amp;Daily attendance sheet</source>
            <translation>Foglio presenze &amp;giornaliero</translation>
        </message>
        <message>
            <source>&amp;Period report</source>
            <translation>&amp;Rapporto per periodo</translation>
        </message>
        <message>
            <source>Plan &amp;usage of a month</source>
            <translation>&amp;Utilizzo dei piani di un mese</translation>
        </message>
        <message>
            <source>The month of the “From” day: who went over their plan, who left days unused</source>
            <translation>Il mese del giorno “Dal”: chi è andato oltre il piano, chi ha lasciato giorni non usati</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Questa settimana</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Questo mese</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Mese scorso</translation>
        </message>
        <message>
            <source>The language of the PDF and of the CSV headers</source>
            <translation>La lingua del PDF e delle intestazioni del CSV</translation>
        </message>
        <message>
            <source>&amp;Make the PDF</source>
            <translation>&amp;Crea il PDF</translation>
        </message>
        <message>
            <source>Make the report in the background: the desk keeps working meanwhile</source>
            <translation>Crea il rapporto in background: intanto il banco continua a funzionare</translation>
        </message>
        <message>
            <source>&amp;Open in the PDF viewer</source>
            <translation>&amp;Apri nel visualizzatore PDF</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>Stam&amp;pa…</translation>
        </message>
        <message>
            <source>&amp;Save a copy…</source>
            <translation>&amp;Salva una copia…</translation>
        </message>
        <message>
            <source>E&amp;xport visits (CSV)…</source>
            <translation>&amp;Esporta le visite (CSV)…</translation>
        </message>
        <message>
            <source>Every visit of the chosen day or period, for Excel (semicolons, UTF-8)</source>
            <translation>Tutte le visite del giorno o del periodo scelto, per Excel (punto e virgola, UTF-8)</translation>
        </message>
        <message>
            <source>Choose a day or a period and press “Make the PDF”: the report shows here.</source>
            <translation>Scegli un giorno o un periodo e premi «Crea il PDF»: il rapporto compare qui.</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapporto</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Giorno</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Dal</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Al</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Lingua</translation>
        </message>
        <message>
            <source>E&amp;xport the usage (CSV)…</source>
            <translation>&amp;Esporta l’utilizzo (CSV)…</translation>
        </message>
        <message>
            <source>Plan usage of {month}</source>
            <translation>Utilizzo dei piani di {month}</translation>
        </message>
        <message>
            <source>Attendance sheet of {day}</source>
            <translation>Foglio presenze del {day}</translation>
        </message>
        <message>
            <source>Attendance report {first} – {last}</source>
            <translation>Rapporto presenze {first} – {last}</translation>
        </message>
        <message>
            <source>Making “{title}”…</source>
            <translation>Creazione di «{title}»…</translation>
        </message>
        <message>
            <source>The PDF was made but cannot be shown: {path}</source>
            <translation>Il PDF è stato creato ma non si può mostrare: {path}</translation>
        </message>
        <message>
            <source>Ready: {title}. Pages: {pages}.</source>
            <translation>Pronto: {title}. Pagine: {pages}.</translation>
        </message>
        <message>
            <source>Saved as {path}</source>
            <translation>Salvato come {path}</translation>
        </message>
        <message>
            <source>Export as CSV</source>
            <translation>Esporta come CSV</translation>
        </message>
        <message>
            <source>CSV files for Excel (*.csv)</source>
            <translation>File CSV per Excel (*.csv)</translation>
        </message>
        <message>
            <source>Visits exported: {count}. File: {path}</source>
            <translation>Visite esportate: {count}. File: {path}</translation>
        </message>
        <message>
            <source>Plan usage exported: {count} people. File: {path}</source>
            <translation>Utilizzo dei piani esportato: {count} persone. File: {path}</translation>
        </message>
        <message>
            <source>The CSV file could not be written: {reason}. Choose another folder.</source>
            <translation>Impossibile scrivere il file CSV: {reason}. Scegli un’altra cartella.</translation>
        </message>
        <message>
            <source>Sent to the printer {printer}.</source>
            <translation>Inviato alla stampante {printer}.</translation>
        </message>
        <message>
            <source>The report could not be made.</source>
            <translation>Non è stato possibile creare il rapporto.</translation>
        </message>
    </context>
    <context>
        <name>ResultBanner</name>
        <message>
            <source>Ready to scan</source>
            <translation>Pronto a scansionare</translation>
        </message>
        <message>
            <source>Scan a badge or type a name. F2 registers a new visitor.</source>
            <translation>Scansiona un badge o scrivi un nome. F2 registra un nuovo visitatore.</translation>
        </message>
        <message>
            <source>CHECKED IN</source>
            <translation>ENTRATA</translation>
        </message>
        <message>
            <source>CHECKED OUT</source>
            <translation>USCITA</translation>
        </message>
        <message>
            <source>OVERRIDE</source>
            <translation>AUTORIZZAZIONE SPECIALE</translation>
        </message>
        <message>
            <source>Check-in undone</source>
            <translation>Ingresso annullato</translation>
        </message>
        <message>
            <source>Check-out undone</source>
            <translation>Uscita annullata</translation>
        </message>
        <message>
            <source>REFUSED</source>
            <translation>RIFIUTATO</translation>
        </message>
        <message>
            <source>REFUSED: {name}</source>
            <translation>RIFIUTATO: {name}</translation>
        </message>
        <message>
            <source>Undo ({key})</source>
            <translation>Annulla ({key})</translation>
        </message>
        <message numerus="yes">
            <source>%n still inside checked out automatically.</source>
            <translation>
                <numerusform>%n persona ancora dentro è uscita in automatico.</numerusform>
                <numerusform>%n persone ancora dentro sono uscite in automatico.</numerusform>
            </translation>
        </message>
        <message>
            <source>Children still inside: {names}</source>
            <translation>Bambini ancora dentro: {names}</translation>
        </message>
        <message>
            <source>Day closed — children still inside!</source>
            <translation>Giornata chiusa — ci sono ancora bambini dentro!</translation>
        </message>
        <message>
            <source>Day closed</source>
            <translation>Giornata chiusa</translation>
        </message>
    </context>
    <context>
        <name>SearchModel</name>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organizzazione</translation>
        </message>
        <message>
            <source>Where now</source>
            <translation>Dove si trova</translation>
        </message>
        <message>
            <source>not inside</source>
            <translation>non è dentro</translation>
        </message>
        <message>
            <source>inside: {area}</source>
            <translation>dentro: {area}</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search: “{text}”</source>
            <translation>Ricerca: «{text}»</translation>
        </message>
        <message>
            <source>↑ ↓ choose · Enter checks the chosen person in or out · F2 registers someone new</source>
            <translation>↑ ↓ scegli · Invio fa entrare o uscire la persona scelta · F2 registra una persona nuova</translation>
        </message>
        <message>
            <source>Nobody matches “{text}”. Press Enter or F2 to register a new visitor.</source>
            <translation>Nessuno corrisponde a «{text}». Premi Invio o F2 per registrare un nuovo visitatore.</translation>
        </message>
    </context>
    <context>
        <name>ServerPresence</name>
        <message>
            <source>Nobody can be checked in or out, and nothing can be saved, until the server is back; the desk reconnects by itself. The emergency list (F9) shows who was inside at the last successful read.</source>
            <translation>Nessuno può entrare o uscire, e non si può salvare nulla, finché il server non torna; la postazione si ricollega da sola. La lista di emergenza (F9) mostra chi era dentro all'ultima lettura riuscita.</translation>
        </message>
        <message>
            <source>The database server is back</source>
            <translation>Il server del database è tornato</translation>
        </message>
        <message>
            <source>Everything on screen was read again. Check-ins work normally.</source>
            <translation>Tutto ciò che è sullo schermo è stato riletto. Gli ingressi funzionano normalmente.</translation>
        </message>
        <message>
            <source>Server away since {since}: check-ins refused</source>
            <translation>Server non raggiungibile dalle {since}: ingressi rifiutati</translation>
        </message>
        <message>
            <source>Server away since {since}: check-ins refused · data on screen as of {read}</source>
            <translation>Server non raggiungibile dalle {since}: ingressi rifiutati · dati sullo schermo delle {read}</translation>
        </message>
        <message>
            <source>another desk</source>
            <translation>un'altra postazione</translation>
        </message>
        <message>
            <source>Pickup refused at {desk}</source>
            <translation>Ritiro rifiutato a {desk}</translation>
        </message>
        <message>
            <source>{who}: the pickup was refused there. Ask the kids' room why.</source>
            <translation>{who}: lì il ritiro è stato rifiutato. Chiedi il motivo allo spazio bimbi.</translation>
        </message>
        <message>
            <source>Kids' alarm handled at {desk}</source>
            <translation>Allarme bimbi gestito a {desk}</translation>
        </message>
        <message>
            <source>{who}: the after-closing alarm was handled there.</source>
            <translation>{who}: lì è stato gestito l'allarme dopo la chiusura.</translation>
        </message>
        <message>
            <source>A child</source>
            <translation>Un bambino</translation>
        </message>
    </context>
    <context>
        <name>SettingsEntry</name>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Impostazioni…</translation>
        </message>
        <message>
            <source>Desk users, areas, hours, printers, privacy, backups, the database</source>
            <translation>Operatori, aree, orari, stampanti, privacy, backup, database</translation>
        </message>
        <message>
            <source>Settings, for managers (Ctrl+,)</source>
            <translation>Impostazioni, per i responsabili (Ctrl+,)</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Save changes</source>
            <translation>Salva le modifiche</translation>
        </message>
        <message>
            <source>Save the changes on this page (Enter)</source>
            <translation>Salva le modifiche di questa pagina (Invio)</translation>
        </message>
        <message>
            <source>Saved. The desk uses the new settings now.</source>
            <translation>Salvato. Il banco usa già le nuove impostazioni.</translation>
        </message>
    </context>
    <context>
        <name>SettingsWindow</name>
        <message>
            <source>Settings</source>
            <translation>Impostazioni</translation>
        </message>
        <message>
            <source>Settings pages</source>
            <translation>Pagine delle impostazioni</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>Close the settings (Esc)</source>
            <translation>Chiudi le impostazioni (Esc)</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Scorciatoie da tastiera</translation>
        </message>
    </context>
    <context>
        <name>SignInForm</name>
        <message>
            <source>Sign in to the desk</source>
            <translation>Accedi al banco</translation>
        </message>
        <message>
            <source>Desk user</source>
            <translation>Operatore</translation>
        </message>
        <message>
            <source>PIN or password</source>
            <translation>PIN o password</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Accedi</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Chi</translation>
        </message>
        <message>
            <source>Manager locked out? Use a recovery code…</source>
            <translation>Responsabile bloccato? Usa un codice di recupero…</translation>
        </message>
        <message>
            <source>Choose your name and type your PIN or password.</source>
            <translation>Scegli il tuo nome e digita PIN o password.</translation>
        </message>
    </context>
    <context>
        <name>Since</name>
        <message>
            <source>since yesterday, {time}</source>
            <translation>da ieri, {time}</translation>
        </message>
        <message>
            <source>since {date}, {time}</source>
            <translation>dal {date}, {time}</translation>
        </message>
    </context>
    <context>
        <name>SingleInstance</name>
        <message>
            <source>Serre Desk is already open on this data folder but does not answer: wait for its window, or close it and start again.</source>
            <translation>Serre Desk è già aperto su questa cartella dei dati ma non risponde: attendi la sua finestra, oppure chiudilo e avvialo di nuovo.</translation>
        </message>
        <message>
            <source>Serre Desk is already open on this data folder: its window is now in front.</source>
            <translation>Serre Desk è già aperto su questa cartella dei dati: la sua finestra ora è in primo piano.</translation>
        </message>
    </context>
    <context>
        <name>Station</name>
        <message>
            <source>Reception</source>
            <translation>Accoglienza</translation>
        </message>
        <message>
            <source>Kids' room</source>
            <translation>Spazio bimbi</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Ufficio</translation>
        </message>
    </context>
    <context>
        <name>StationLayout</name>
        <message>
            <source>This desk: {name} ({kind})</source>
            <translation>Questa postazione: {name} ({kind})</translation>
        </message>
        <message>
            <source>&amp;Scanning at this desk</source>
            <translation>&amp;Scansione in questa postazione</translation>
        </message>
        <message>
            <source>Badges scanned here check people in and out (off on an office desk)</source>
            <translation>I badge letti qui registrano entrate e uscite (spenta nella postazione ufficio)</translation>
        </message>
        <message>
            <source>Scanning is off at this desk</source>
            <translation>La scansione è spenta in questa postazione</translation>
        </message>
        <message>
            <source>Nobody was checked in or out. To check people in here, turn on Desk ▸ Scanning at this desk.</source>
            <translation>Nessuno è entrato o uscito. Per registrare gli ingressi qui, accendi Banco ▸ Scansione in questa postazione.</translation>
        </message>
        <message>
            <source>{area}: children {children} · educators {educators} ({needed} needed)</source>
            <translation>{area}: bambini {children} · educatori {educators} (ne servono {needed})</translation>
        </message>
        <message>
            <source>Not enough educators for the children inside</source>
            <translation>Educatori insufficienti per i bambini presenti</translation>
        </message>
        <message>
            <source>Enough educators for the children inside</source>
            <translation>Educatori sufficienti per i bambini presenti</translation>
        </message>
    </context>
    <context>
        <name>TopBar</name>
        <message>
            <source>Le Serre dei Giardini</source>
            <translation>Le Serre dei Giardini</translation>
        </message>
        <message>
            <source>Scan or search</source>
            <translation>Scansiona o cerca</translation>
        </message>
        <message>
            <source>Scan a badge or type a name…  ({key})</source>
            <translation>Scansiona un badge o scrivi un nome…  ({key})</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Desk users</source>
            <translation>Operatori del banco</translation>
        </message>
        <message>
            <source>Staff sign in with a PIN of at least 6 digits, managers with a password of at least 12 characters. Changes reach the lock screen at once.</source>
            <translation>Lo staff accede con un PIN di almeno 6 cifre, i responsabili con una password di almeno 12 caratteri. Le modifiche arrivano subito alla schermata di blocco.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Ruolo</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Last sign-in</source>
            <translation>Ultimo accesso</translation>
        </message>
        <message>
            <source>Failed attempts</source>
            <translation>Tentativi falliti</translation>
        </message>
        <message>
            <source>Print the recovery code…</source>
            <translation>Stampa il codice di recupero…</translation>
        </message>
        <message>
            <source>Add a desk user</source>
            <translation>Aggiungi un operatore</translation>
        </message>
        <message>
            <source>Staff (PIN)</source>
            <translation>Staff (PIN)</translation>
        </message>
        <message>
            <source>Manager (password)</source>
            <translation>Responsabile (password)</translation>
        </message>
        <message>
            <source>PIN: 6+ digits · password: 12+ characters</source>
            <translation>PIN: almeno 6 cifre · password: almeno 12 caratteri</translation>
        </message>
        <message>
            <source>Add the user</source>
            <translation>Aggiungi l’operatore</translation>
        </message>
        <message>
            <source>PIN or password</source>
            <translation>PIN o password</translation>
        </message>
        <message>
            <source>Again</source>
            <translation>Di nuovo</translation>
        </message>
        <message>
            <source>The selected user</source>
            <translation>L’operatore scelto</translation>
        </message>
        <message>
            <source>Set the new PIN or password</source>
            <translation>Imposta il nuovo PIN o la nuova password</translation>
        </message>
        <message>
            <source>New PIN or password</source>
            <translation>Nuovo PIN o password</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Sblocca</translation>
        </message>
        <message>
            <source>Deactivate…</source>
            <translation>Disattiva…</translation>
        </message>
        <message>
            <source>New recovery code…</source>
            <translation>Nuovo codice di recupero…</translation>
        </message>
        <message>
            <source>A new code for a manager locked out; the old one stops working</source>
            <translation>Un nuovo codice per un responsabile rimasto bloccato; quello vecchio smette di funzionare</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Responsabile</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Disattivato</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Bloccato</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Attivo</translation>
        </message>
        <message>
            <source>never</source>
            <translation>mai</translation>
        </message>
        <message>
            <source>The selected user: {name}</source>
            <translation>L’operatore scelto: {name}</translation>
        </message>
        <message>
            <source>Reactivate with this PIN or password</source>
            <translation>Riattiva con questo PIN o password</translation>
        </message>
        <message>
            <source>The two entries differ: type them again.</source>
            <translation>I due inserimenti sono diversi: digitali di nuovo.</translation>
        </message>
        <message>
            <source>{name} can sign in now.</source>
            <translation>{name} può accedere da subito.</translation>
        </message>
        <message>
            <source>{name} signs in with the new PIN or password.</source>
            <translation>{name} accede con il nuovo PIN o la nuova password.</translation>
        </message>
        <message>
            <source>{name} is unlocked.</source>
            <translation>{name} è sbloccato.</translation>
        </message>
        <message>
            <source>Deactivate a desk user</source>
            <translation>Disattiva un operatore</translation>
        </message>
        <message>
            <source>{name} will no longer be able to sign in. Their name stays in the audit log. A manager can reactivate them later with a new PIN or password.</source>
            <translation>{name} non potrà più accedere. Il nome resta nel registro di audit. Un responsabile può riattivarlo in seguito con un nuovo PIN o una nuova password.</translation>
        </message>
        <message>
            <source>Deactivate {name}</source>
            <translation>Disattiva {name}</translation>
        </message>
        <message>
            <source>Keep {name}</source>
            <translation>Mantieni {name}</translation>
        </message>
        <message>
            <source>{name} is deactivated.</source>
            <translation>{name}: utente disattivato.</translation>
        </message>
        <message>
            <source>A new recovery code for {name}: the old one no longer works.</source>
            <translation>Nuovo codice di recupero per {name}: quello vecchio non funziona più.</translation>
        </message>
        <message>
            <source>Recovery code: {name}</source>
            <translation>Codice di recupero: {name}</translation>
        </message>
        <message>
            <source>Keep this sheet with the venue's keys, away from the desk. At the sign-in choose “Use a recovery code” to set a new password. Each code works once.</source>
            <translation>Conserva questo foglio con le chiavi della sede, lontano dal banco. All’accesso scegli «Usa un codice di recupero» per impostare una nuova password. Ogni codice funziona una volta sola.</translation>
        </message>
    </context>
    <context>
        <name>Warning</name>
        <message>
            <source>Ratio broken in {area}: {children}; educators needed: {needed}, present: {educators}.</source>
            <translation>Rapporto non rispettato in {area}: {children}; educatori necessari: {needed}, presenti: {educators}.</translation>
        </message>
        <message>
            <source>A new privacy notice is in force: show it to {name} and record it on their card (Modifica).</source>
            <translation>È in vigore una nuova informativa privacy: mostrala a {name} e registrala sulla sua scheda (Modifica).</translation>
        </message>
        <message>
            <source>Still in the kids' space, brought by {name}: {children}.</source>
            <translation>Ancora nello spazio bimbi, accompagnati da {name}: {children}.</translation>
        </message>
        <message numerus="yes">
            <source>%n child(ren)</source>
            <translation>
                <numerusform>%n bambino</numerusform>
                <numerusform>%n bambini</numerusform>
            </translation>
        </message>
    </context>
</TS>
