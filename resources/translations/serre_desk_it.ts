<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en_GB">
    <context>
        <name>Audit</name>
        <message>
            <source>Audit event #{event} was altered: its content does not match its hash.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The audit chain breaks at event #{event}: the event before it (after #{previous}) was removed or altered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The newest audit events after #{previous} were removed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Badge</name>
        <message>
            <source>Badges</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valid on {day}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>No audit events.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The audit log is whole: {count} events checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup written to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored the database from {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database it replaced is kept as {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the desk's database with {path}? The current one is kept. [y/N] </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Badge revoked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Badge of {name}: {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Written to {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>updated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unchanged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added {added}, updated {updated}, unchanged {unchanged}, refused {refused}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(dry run: nothing saved)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demo data: {people} people, {visits} visits, {inside} inside now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registered {name} (id {id}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updated {name} (id {id}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported the data of person {id} to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erased the data of person {id}: only anonymous counts remain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anonymised: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Children's health notes and guardians removed: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardian links removed: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept under legal hold: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Old audit events pruned: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(dry run: nothing changed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person {id} is under legal hold.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The legal hold on person {id} is lifted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added desk user {name} ({role}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No desk users: the desk runs as administrator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New secret set for {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is unlocked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The desk locks after {minutes} idle minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} checked in to {area} at {time}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} checked out of {area} at {time}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody is inside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Auto check-out: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ALARM: children still inside:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unexpected error ({error}); details in {log}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClosingReportDialog</name>
        <message>
            <source>Day closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Children still inside: {names}. Children are never checked out automatically: make sure each one is collected by an authorised adult.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Educators kept inside with the children: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} people were still inside and were checked out automatically (marked “automatic check-out” on the attendance sheet).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Out at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DatabaseProblem</name>
        <message>
            <source>Nothing was overwritten: the damaged file stays as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the latest good backup with: serre-desk restore "{path}"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No good backup was found in {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing recorded was lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing recorded was lost. Backups are in {folder}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Desk</name>
        <message>
            <source>Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database works normally.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the last check-in or check-out of the past minute can be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the day now? The {count} people still inside will be checked out and marked “automatic check-out”. Children are never checked out automatically.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the day open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An empty database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody is registered yet. Load a demo history (made-up people and visits) to try the desk? Do not do this on the venue's real database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load demo data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new language is used from the next start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter	In a list: check the chosen person in or out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Privacy notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default printer: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No printer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No default printer is set up on this computer: badges can still be saved as PDF.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeskWindow</name>
        <message>
            <source>Serre Desk — Le Serre dei Giardini</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Desk: {user}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed in at this desk: {user}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F2 new visitor · Ctrl+F search · Enter check in/out · Ctrl+Z undo · F5 refresh · Esc ready to scan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New visitor…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register a first-time visitor and check them in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to the scan and search field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read occupancy and who is inside again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ready to &amp;scan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the ready-to-scan state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo last check-in/out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo the last check-in or check-out (within one minute)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check &amp;in/out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the chosen person in, or out if inside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check in/out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check this person in, or out if inside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check &amp;out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check out the person chosen in the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit person…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the details of the person on the card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Close the day…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check out everyone still inside, marked as automatic check-out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close Serre Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List every keyboard shortcut</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Privacy notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the privacy notice given to visitors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use Italian from the next start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use English from the next start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who is inside {area} now</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditPersonDialog</name>
        <message>
            <source>Edit {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The privacy notice was never shown to this person:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>(no log file available)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something unexpected happened. Nothing you entered before was lost and the desk keeps working. If it happens again, restart Serre Desk and tell whoever looks after it; the details are in the log file:
{path}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InsideModel</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full name (hover a cut name to read it all)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member, guest, staff or child</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company, studio or school</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time of check-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How long they have been inside</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InsidePanel</name>
        <message>
            <source>Who is here? Type part of a name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody is inside.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OccupancyTile</name>
        <message>
            <source>Full: nobody else can enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nearly full: {free} places left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{free} places free</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Educators present: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{area}: {inside} inside out of {capacity} places</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonCard</name>
        <message>
            <source>Person card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Privacy notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In – out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose someone in a list, a search or the recent events to see their card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inside: {area} since {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not inside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>acknowledged on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not yet shown: show it with Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>automatic check-out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>time corrected</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <source>First and last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonKind</name>
        <message>
            <source>Member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Child</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrivacyExport</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Membership ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Birth date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allergy and medical notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Privacy notice shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last seen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal hold</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrivacyNotice</name>
        <message>
            <source>Privacy notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I showed the privacy notice and the person acknowledged it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecentEvents</name>
        <message>
            <source>Recent events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} — checked in · {area}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} — checked out · {area}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} — check-in undone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} — check-out undone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day closed: {count} automatic check-outs</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Refusal</name>
        <message>
            <source>The time {value!r} needs an offset (+01:00) or Z: it is ambiguous without.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value!r} is not an ISO 8601 time (2026-11-20T09:05+01:00).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value!r} is not a date (YYYY-MM-DD).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer y or n.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A revoked badge cannot be printed: drop --out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No valid badge: print one with --out, or make one with --reissue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write {path}: {error}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A PIN or password was expected on stdin (one per line).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a manager can do this: give --as MANAGER with the password on stdin (--secret-stdin).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This command changes data: give --as USER with the PIN or password on stdin (--secret-stdin).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The range ends ({last}) before it starts ({first}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not a badge code: a badge code has 36 letters and digits (A–Z, 2–7).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This badge code has been tampered with or mistyped: it is not valid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a badge of this venue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name is longer than {limit} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Area key {key!r} must be lowercase letters, digits, - or _.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capacity must be between 1 and 10000, not {value}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown weekday {day!r}: use mon, tue, … sun.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time {value!r} is not HH:MM.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A PNG preview shows one page: write a PDF for several badges.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown badge format {name!r}: use one of {formats}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This desk uses PostgreSQL: back it up with pg_dump (pg_dump --format=custom --file=serre-desk.dump DATABASE) and restore with pg_restore.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write the backup {path}: {error}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup failed its integrity check: the database may be damaged. Keep the last good backups.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not a usable Serre Desk backup (missing, damaged or foreign).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This badge has been revoked: a new badge replaces it or it was withdrawn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This badge has expired: it was made for another kind of visitor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This day pass has expired: it was valid on {day} only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This badge has expired: the membership ended on {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} has no badge to revoke.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Children get no badge: their guardian checks them in and out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file is damaged. Restore the latest backup (backups folder in the data dir).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file has no name column (nome / name).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind {value!r}: only members and staff can be imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read {path}: {error}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value!r} is not an email address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value!r} is not a phone number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a manager can do this: ask a manager to sign in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the reason: it is kept in the audit log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A retention period is between {low} and {high}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person {id} is under a legal hold: their data cannot be erased.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person {id} is inside: check them out first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export to a .json or a .pdf file, not {name!r}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data folder {path} is on a network share: a SQLite file there can be corrupted. Keep it on this PC, or use PostgreSQL (--db) to share one database between several desks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the data folder {path}: {error}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More than {seconds} seconds have passed: this can no longer be undone. A manager can correct the time instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} has checked in or out again since: nothing was undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A staff PIN is at least 6 digits (digits only).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A manager password is at least 12 characters long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The role is staff or manager, not {value!r}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no desk user {name!r}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first desk user must be a manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A desk user named {name!r} already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrong PIN or password for {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is locked after too many wrong attempts: a manager can unlock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too many wrong attempts: wait {seconds} seconds and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The desk locks after {low} to {high} idle minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no area {key!r}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No area is configured.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new area needs both a name and a capacity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closing time must come after opening time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody is registered with id {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A corrected time cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{area} is for children and educators: check the adult in elsewhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Children are checked in to the kids' space, not {area}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{area} is full ({capacity}): a manager can authorise.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The check-out time is earlier than the check-in time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That time overlaps a visit already recorded for this person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already inside: another desk checked this person in just now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is already inside {area}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not inside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database is busy (locked by another program). Nothing was lost: try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk is full: nothing was saved. Free some space and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database cannot be opened for writing: check the data folder's permissions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database server cannot be reached: check the network and try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RegistrationDialog</name>
        <message>
            <source>New visitor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check in the chosen person instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register and check in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Privacy notice (show it to the person):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already registered with this name: is it the same person? Check them in instead, or register a new person anyway.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register anyway and check in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the person's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the privacy notice to the person and tick the box.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone with this name is already registered (see above).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResultBanner</name>
        <message>
            <source>Ready to scan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan a badge or type a name. F2 registers a new visitor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CHECKED IN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CHECKED OUT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check-in undone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check-out undone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>REFUSED</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} still inside were checked out automatically.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Children still inside: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day closed — children still inside!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day closed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchModel</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not inside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>inside: {area}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search: “{text}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>↑ ↓ choose · Enter checks the chosen person in or out · F2 registers someone new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody matches “{text}”. Press Enter or F2 to register a new visitor.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TopBar</name>
        <message>
            <source>Le Serre dei Giardini</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan or search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan a badge or type a name…  ({key})</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
