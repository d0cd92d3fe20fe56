<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>AgeBand</name>
        <message>
            <source>under 12 months</source>
            <translation>under 12 months</translation>
        </message>
        <message>
            <source>12 to 36 months</source>
            <translation>12 to 36 months</translation>
        </message>
        <message>
            <source>over 36 months</source>
            <translation>over 36 months</translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <source>Audit event #{event} was altered: its content does not match its hash.</source>
            <translation>Audit event #{event} was altered: its content does not match its hash.</translation>
        </message>
        <message>
            <source>The audit chain breaks at event #{event}: the event before it (after #{previous}) was removed or altered.</source>
            <translation>The audit chain breaks at event #{event}: the event before it (after #{previous}) was removed or altered.</translation>
        </message>
        <message>
            <source>The newest audit events after #{previous} were removed.</source>
            <translation>The newest audit events after #{previous} were removed.</translation>
        </message>
    </context>
    <context>
        <name>Badge</name>
        <message>
            <source>Badges</source>
            <translation>Badges</translation>
        </message>
        <message>
            <source>Valid on {day}</source>
            <translation>Valid on {day}</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>No audit events.</source>
            <translation>No audit events.</translation>
        </message>
        <message>
            <source>The audit log is whole: {count} events checked.</source>
            <translation>The audit log is whole: {count} events checked.</translation>
        </message>
        <message>
            <source>Backup written to {path}.</source>
            <translation>Backup written to {path}.</translation>
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation>Nothing changed.</translation>
        </message>
        <message>
            <source>Restored the database from {path}.</source>
            <translation>Restored the database from {path}.</translation>
        </message>
        <message>
            <source>The database it replaced is kept as {path}.</source>
            <translation>The database it replaced is kept as {path}.</translation>
        </message>
        <message>
            <source>Replace the desk's database with {path}? The current one is kept. [y/N] </source>
            <translation>Replace the desk's database with {path}? The current one is kept. [y/N] </translation>
        </message>
        <message>
            <source>Badge revoked.</source>
            <translation>Badge revoked.</translation>
        </message>
        <message>
            <source>Badge of {name}: {code}</source>
            <translation>Badge of {name}: {code}</translation>
        </message>
        <message>
            <source>Written to {file}.</source>
            <translation>Written to {file}.</translation>
        </message>
        <message>
            <source>added</source>
            <translation>added</translation>
        </message>
        <message>
            <source>updated</source>
            <translation>updated</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>unchanged</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>refused</translation>
        </message>
        <message>
            <source>Added {added}, updated {updated}, unchanged {unchanged}, refused {refused}.</source>
            <translation>Added {added}, updated {updated}, unchanged {unchanged}, refused {refused}.</translation>
        </message>
        <message>
            <source>(dry run: nothing saved)</source>
            <translation>(dry run: nothing saved)</translation>
        </message>
        <message>
            <source>Demo data: {people} people, {visits} visits, {inside} inside now.</source>
            <translation>Demo data: {people} people, {visits} visits, {inside} inside now.</translation>
        </message>
        <message>
            <source>NOT authorised</source>
            <translation>NOT authorised</translation>
        </message>
        <message>
            <source>authorised on {day} only</source>
            <translation>authorised on {day} only</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>expired</translation>
        </message>
        <message>
            <source>authorised</source>
            <translation>authorised</translation>
        </message>
        <message>
            <source>Guardian {adult} removed.</source>
            <translation>Guardian {adult} removed.</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>Written: {path}</translation>
        </message>
        <message>
            <source>{area}: {children} children, {educators} educators ({needed} needed)</source>
            <translation>{area}: {children} children, {educators} educators ({needed} needed)</translation>
        </message>
        <message>
            <source>ALARM: {kind}</source>
            <translation>ALARM: {kind}</translation>
        </message>
        <message>
            <source>Registered {name} (id {id}).</source>
            <translation>Registered {name} (id {id}).</translation>
        </message>
        <message>
            <source>Updated {name} (id {id}).</source>
            <translation>Updated {name} (id {id}).</translation>
        </message>
        <message>
            <source>Nobody found.</source>
            <translation>Nobody found.</translation>
        </message>
        <message>
            <source>Exported the data of person {id} to {path}.</source>
            <translation>Exported the data of person {id} to {path}.</translation>
        </message>
        <message>
            <source>Erased the data of person {id}: only anonymous counts remain.</source>
            <translation>Erased the data of person {id}: only anonymous counts remain.</translation>
        </message>
        <message>
            <source>Anonymised: {count}</source>
            <translation>Anonymised: {count}</translation>
        </message>
        <message>
            <source>Children's health notes and guardians removed: {count}</source>
            <translation>Children's health notes and guardians removed: {count}</translation>
        </message>
        <message>
            <source>Guardian links removed: {count}</source>
            <translation>Guardian links removed: {count}</translation>
        </message>
        <message>
            <source>Kept under legal hold: {count}</source>
            <translation>Kept under legal hold: {count}</translation>
        </message>
        <message>
            <source>Old audit events pruned: {count}</source>
            <translation>Old audit events pruned: {count}</translation>
        </message>
        <message>
            <source>(dry run: nothing changed)</source>
            <translation>(dry run: nothing changed)</translation>
        </message>
        <message>
            <source>Person {id} is under legal hold.</source>
            <translation>Person {id} is under legal hold.</translation>
        </message>
        <message>
            <source>The legal hold on person {id} is lifted.</source>
            <translation>The legal hold on person {id} is lifted.</translation>
        </message>
        <message>
            <source>Added desk user {name} ({role}).</source>
            <translation>Added desk user {name} ({role}).</translation>
        </message>
        <message>
            <source>No desk users: the desk runs as administrator.</source>
            <translation>No desk users: the desk runs as administrator.</translation>
        </message>
        <message>
            <source>New secret set for {name}.</source>
            <translation>New secret set for {name}.</translation>
        </message>
        <message>
            <source>{name} is unlocked.</source>
            <translation>{name} is unlocked.</translation>
        </message>
        <message>
            <source>The desk locks after {minutes} idle minutes.</source>
            <translation>The desk locks after {minutes} idle minutes.</translation>
        </message>
        <message>
            <source>{name} checked in to {area} at {time}.</source>
            <translation>{name} checked in to {area} at {time}.</translation>
        </message>
        <message>
            <source>{name} checked out of {area} at {time}.</source>
            <translation>{name} checked out of {area} at {time}.</translation>
        </message>
        <message>
            <source>Pickup code: {code}</source>
            <translation>Pickup code: {code}</translation>
        </message>
        <message>
            <source>Warning: {text}</source>
            <translation>Warning: {text}</translation>
        </message>
        <message>
            <source>Nobody is inside.</source>
            <translation>Nobody is inside.</translation>
        </message>
        <message>
            <source>Auto check-out: {count}</source>
            <translation>Auto check-out: {count}</translation>
        </message>
        <message>
            <source>ALARM: children still inside:</source>
            <translation>ALARM: children still inside:</translation>
        </message>
        <message>
            <source>unexpected error ({error}); details in {log}</source>
            <translation>unexpected error ({error}); details in {log}</translation>
        </message>
    </context>
    <context>
        <name>ClosingReportDialog</name>
        <message>
            <source>Day closed</source>
            <translation>Day closed</translation>
        </message>
        <message>
            <source>Children still inside: {names}. Children are never checked out automatically: make sure each one is collected by an authorised adult.</source>
            <translation>Children still inside: {names}. Children are never checked out automatically: make sure each one is collected by an authorised adult.</translation>
        </message>
        <message>
            <source>Educators kept inside with the children: {names}</source>
            <translation>Educators kept inside with the children: {names}</translation>
        </message>
        <message>
            <source>{count} people were still inside and were checked out automatically (marked “automatic check-out” on the attendance sheet).</source>
            <translation>{count} people were still inside and were checked out automatically (marked “automatic check-out” on the attendance sheet).</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Out at</source>
            <translation>Out at</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>DatabaseProblem</name>
        <message>
            <source>Nothing was overwritten: the damaged file stays as it is.</source>
            <translation>Nothing was overwritten: the damaged file stays as it is.</translation>
        </message>
        <message>
            <source>Restore the latest good backup with: serre-desk restore "{path}"</source>
            <translation>Restore the latest good backup with: serre-desk restore "{path}"</translation>
        </message>
        <message>
            <source>No good backup was found in {folder}.</source>
            <translation>No good backup was found in {folder}.</translation>
        </message>
        <message>
            <source>Nothing recorded was lost.</source>
            <translation>Nothing recorded was lost.</translation>
        </message>
        <message>
            <source>Nothing recorded was lost. Backups are in {folder}.</source>
            <translation>Nothing recorded was lost. Backups are in {folder}.</translation>
        </message>
    </context>
    <context>
        <name>Desk</name>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>The database works normally.</source>
            <translation>The database works normally.</translation>
        </message>
        <message>
            <source>Database problem</source>
            <translation>Database problem</translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>Nothing to undo</translation>
        </message>
        <message>
            <source>Only the last check-in or check-out of the past minute can be undone.</source>
            <translation>Only the last check-in or check-out of the past minute can be undone.</translation>
        </message>
        <message>
            <source>Close the day</source>
            <translation>Close the day</translation>
        </message>
        <message>
            <source>Close the day now? The {count} adults still inside will be checked out and marked “automatic check-out”. Children are never checked out automatically.</source>
            <translation>Close the day now? The {count} adults still inside will be checked out and marked “automatic check-out”. Children are never checked out automatically.</translation>
        </message>
        <message>
            <source>Keep the day open</source>
            <translation>Keep the day open</translation>
        </message>
        <message>
            <source>An empty database</source>
            <translation>An empty database</translation>
        </message>
        <message>
            <source>Nobody is registered yet. Load a demo history (made-up people and visits) to try the desk? Do not do this on the venue's real database.</source>
            <translation>Nobody is registered yet. Load a demo history (made-up people and visits) to try the desk? Do not do this on the venue's real database.</translation>
        </message>
        <message>
            <source>Load demo data</source>
            <translation>Load demo data</translation>
        </message>
        <message>
            <source>Start empty</source>
            <translation>Start empty</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>The new language is used from the next start.</source>
            <translation>The new language is used from the next start.</translation>
        </message>
        <message>
            <source>Enter	In a list: check the chosen person in or out</source>
            <translation>Enter	In a list: check the chosen person in or out</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Privacy notice</source>
            <translation>Privacy notice</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Printer</translation>
        </message>
        <message>
            <source>Default printer: {name}</source>
            <translation>Default printer: {name}</translation>
        </message>
        <message>
            <source>No printer</source>
            <translation>No printer</translation>
        </message>
        <message>
            <source>No default printer is set up on this computer: badges can still be saved as PDF.</source>
            <translation>No default printer is set up on this computer: badges can still be saved as PDF.</translation>
        </message>
    </context>
    <context>
        <name>DeskWindow</name>
        <message>
            <source>Serre Desk — Le Serre dei Giardini</source>
            <translation>Serre Desk — Le Serre dei Giardini</translation>
        </message>
        <message>
            <source>Desk: {user}</source>
            <translation>Desk: {user}</translation>
        </message>
        <message>
            <source>Signed in at this desk: {user}</source>
            <translation>Signed in at this desk: {user}</translation>
        </message>
        <message>
            <source>Recent events</source>
            <translation>Recent events</translation>
        </message>
        <message>
            <source>F2 new visitor · Ctrl+F search · Enter check in/out · Ctrl+Z undo · F5 refresh · Esc ready to scan</source>
            <translation>F2 new visitor · Ctrl+F search · Enter check in/out · Ctrl+Z undo · F5 refresh · Esc ready to scan</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>&amp;New visitor…</source>
            <translation>&amp;New visitor…</translation>
        </message>
        <message>
            <source>Register a first-time visitor and check them in</source>
            <translation>Register a first-time visitor and check them in</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <source>Go to the scan and search field</source>
            <translation>Go to the scan and search field</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>Read occupancy and who is inside again</source>
            <translation>Read occupancy and who is inside again</translation>
        </message>
        <message>
            <source>Ready to &amp;scan</source>
            <translation>Ready to &amp;scan</translation>
        </message>
        <message>
            <source>Back to the ready-to-scan state</source>
            <translation>Back to the ready-to-scan state</translation>
        </message>
        <message>
            <source>&amp;Undo last check-in/out</source>
            <translation>&amp;Undo last check-in/out</translation>
        </message>
        <message>
            <source>Undo the last check-in or check-out (within one minute)</source>
            <translation>Undo the last check-in or check-out (within one minute)</translation>
        </message>
        <message>
            <source>Check &amp;in/out</source>
            <translation>Check &amp;in/out</translation>
        </message>
        <message>
            <source>Check the chosen person in, or out if inside</source>
            <translation>Check the chosen person in, or out if inside</translation>
        </message>
        <message>
            <source>Check in/out</source>
            <translation>Check in/out</translation>
        </message>
        <message>
            <source>Check this person in, or out if inside</source>
            <translation>Check this person in, or out if inside</translation>
        </message>
        <message>
            <source>Check &amp;out</source>
            <translation>Check &amp;out</translation>
        </message>
        <message>
            <source>Check out the person chosen in the list</source>
            <translation>Check out the person chosen in the list</translation>
        </message>
        <message>
            <source>&amp;Edit person…</source>
            <translation>&amp;Edit person…</translation>
        </message>
        <message>
            <source>Edit the details of the person on the card</source>
            <translation>Edit the details of the person on the card</translation>
        </message>
        <message>
            <source>&amp;Close the day…</source>
            <translation>&amp;Close the day…</translation>
        </message>
        <message>
            <source>Check out everyone still inside, marked as automatic check-out</source>
            <translation>Check out everyone still inside, marked as automatic check-out</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Close Serre Desk</source>
            <translation>Close Serre Desk</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>List every keyboard shortcut</source>
            <translation>List every keyboard shortcut</translation>
        </message>
        <message>
            <source>&amp;Privacy notice</source>
            <translation>&amp;Privacy notice</translation>
        </message>
        <message>
            <source>Show the privacy notice given to visitors</source>
            <translation>Show the privacy notice given to visitors</translation>
        </message>
        <message>
            <source>Use Italian from the next start</source>
            <translation>Use Italian from the next start</translation>
        </message>
        <message>
            <source>Use English from the next start</source>
            <translation>Use English from the next start</translation>
        </message>
        <message>
            <source>&amp;Desk</source>
            <translation>&amp;Desk</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;People</source>
            <translation>&amp;People</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Who is inside {area} now</source>
            <translation>Who is inside {area} now</translation>
        </message>
    </context>
    <context>
        <name>EditPersonDialog</name>
        <message>
            <source>Edit {name}</source>
            <translation>Edit {name}</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Save changes</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>The privacy notice was never shown to this person:</source>
            <translation>The privacy notice was never shown to this person:</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>(no log file available)</source>
            <translation>(no log file available)</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Something went wrong</translation>
        </message>
        <message>
            <source>Something unexpected happened. Nothing you entered before was lost and the desk keeps working. If it happens again, restart Serre Desk and tell whoever looks after it; the details are in the log file:
{path}</source>
            <translation>Something unexpected happened. Nothing you entered before was lost and the desk keeps working. If it happens again, restart Serre Desk and tell whoever looks after it; the details are in the log file:
{path}</translation>
        </message>
    </context>
    <context>
        <name>InsideModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Full name (hover a cut name to read it all)</source>
            <translation>Full name (hover a cut name to read it all)</translation>
        </message>
        <message>
            <source>Member, guest, staff or child</source>
            <translation>Member, guest, staff or child</translation>
        </message>
        <message>
            <source>Company, studio or school</source>
            <translation>Company, studio or school</translation>
        </message>
        <message>
            <source>Time of check-in</source>
            <translation>Time of check-in</translation>
        </message>
        <message>
            <source>How long they have been inside</source>
            <translation>How long they have been inside</translation>
        </message>
    </context>
    <context>
        <name>InsidePanel</name>
        <message>
            <source>Who is here? Type part of a name</source>
            <translation>Who is here? Type part of a name</translation>
        </message>
        <message>
            <source>Nobody is inside.</source>
            <translation>Nobody is inside.</translation>
        </message>
    </context>
    <context>
        <name>OccupancyTile</name>
        <message>
            <source>Full: nobody else can enter</source>
            <translation>Full: nobody else can enter</translation>
        </message>
        <message>
            <source>Nearly full: {free} places left</source>
            <translation>Nearly full: {free} places left</translation>
        </message>
        <message>
            <source>{free} places free</source>
            <translation>{free} places free</translation>
        </message>
        <message>
            <source>Educators present: {count}</source>
            <translation>Educators present: {count}</translation>
        </message>
        <message>
            <source>{area}: {inside} inside out of {capacity} places</source>
            <translation>{area}: {inside} inside out of {capacity} places</translation>
        </message>
    </context>
    <context>
        <name>PersonCard</name>
        <message>
            <source>Person card</source>
            <translation>Person card</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Member until</source>
            <translation>Member until</translation>
        </message>
        <message>
            <source>Privacy notice</source>
            <translation>Privacy notice</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>In – out</source>
            <translation>In – out</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Choose someone in a list, a search or the recent events to see their card.</source>
            <translation>Choose someone in a list, a search or the recent events to see their card.</translation>
        </message>
        <message>
            <source>Recent visits</source>
            <translation>Recent visits</translation>
        </message>
        <message>
            <source>Inside: {area} since {time}</source>
            <translation>Inside: {area} since {time}</translation>
        </message>
        <message>
            <source>Not inside</source>
            <translation>Not inside</translation>
        </message>
        <message>
            <source>acknowledged on {date}</source>
            <translation>acknowledged on {date}</translation>
        </message>
        <message>
            <source>not yet shown: show it with Edit</source>
            <translation>not yet shown: show it with Edit</translation>
        </message>
        <message>
            <source>automatic check-out</source>
            <translation>automatic check-out</translation>
        </message>
        <message>
            <source>time corrected</source>
            <translation>time corrected</translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <source>First and last name</source>
            <translation>First and last name</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>&amp;Name *</source>
            <translation>&amp;Name *</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>&amp;Email</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Phone</translation>
        </message>
    </context>
    <context>
        <name>PersonKind</name>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>Guest</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Child</translation>
        </message>
    </context>
    <context>
        <name>PrivacyExport</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Default area</source>
            <translation>Default area</translation>
        </message>
        <message>
            <source>Membership ends</source>
            <translation>Membership ends</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Birth date</translation>
        </message>
        <message>
            <source>Allergy and medical notes</source>
            <translation>Allergy and medical notes</translation>
        </message>
        <message>
            <source>Photo consent</source>
            <translation>Photo consent</translation>
        </message>
        <message>
            <source>Privacy notice shown</source>
            <translation>Privacy notice shown</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Last seen</translation>
        </message>
        <message>
            <source>Legal hold</source>
            <translation>Legal hold</translation>
        </message>
    </context>
    <context>
        <name>PrivacyNotice</name>
        <message>
            <source>Privacy notice</source>
            <translation>Privacy notice</translation>
        </message>
        <message>
            <source>I showed the privacy notice and the person acknowledged it</source>
            <translation>I showed the privacy notice and the person acknowledged it</translation>
        </message>
    </context>
    <context>
        <name>RecentEvents</name>
        <message>
            <source>Recent events</source>
            <translation>Recent events</translation>
        </message>
        <message>
            <source>{name} — checked in · {area}</source>
            <translation>{name} — checked in · {area}</translation>
        </message>
        <message>
            <source>{name} — checked out · {area}</source>
            <translation>{name} — checked out · {area}</translation>
        </message>
        <message>
            <source>{name} — check-in undone</source>
            <translation>{name} — check-in undone</translation>
        </message>
        <message>
            <source>{name} — check-out undone</source>
            <translation>{name} — check-out undone</translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Refused: {reason}</translation>
        </message>
        <message>
            <source>Day closed: {count} automatic check-outs</source>
            <translation>Day closed: {count} automatic check-outs</translation>
        </message>
    </context>
    <context>
        <name>Refusal</name>
        <message>
            <source>The time {value!r} needs an offset (+01:00) or Z: it is ambiguous without.</source>
            <translation>The time {value!r} needs an offset (+01:00) or Z: it is ambiguous without.</translation>
        </message>
        <message>
            <source>{value!r} is not an ISO 8601 time (2026-11-20T09:05+01:00).</source>
            <translation>{value!r} is not an ISO 8601 time (2026-11-20T09:05+01:00).</translation>
        </message>
        <message>
            <source>{value!r} is not a date (YYYY-MM-DD).</source>
            <translation>{value!r} is not a date (YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>Answer y or n.</source>
            <translation>Answer y or n.</translation>
        </message>
        <message>
            <source>A revoked badge cannot be printed: drop --out.</source>
            <translation>A revoked badge cannot be printed: drop --out.</translation>
        </message>
        <message>
            <source>No valid badge: print one with --out, or make one with --reissue.</source>
            <translation>No valid badge: print one with --out, or make one with --reissue.</translation>
        </message>
        <message>
            <source>Cannot write {path}: {error}.</source>
            <translation>Cannot write {path}: {error}.</translation>
        </message>
        <message>
            <source>A PIN or password was expected on stdin (one per line).</source>
            <translation>A PIN or password was expected on stdin (one per line).</translation>
        </message>
        <message>
            <source>Only a manager can do this: give --as MANAGER with the password on stdin (--secret-stdin).</source>
            <translation>Only a manager can do this: give --as MANAGER with the password on stdin (--secret-stdin).</translation>
        </message>
        <message>
            <source>This command changes data: give --as USER with the PIN or password on stdin (--secret-stdin).</source>
            <translation>This command changes data: give --as USER with the PIN or password on stdin (--secret-stdin).</translation>
        </message>
        <message>
            <source>--birth, --guardian, --not-authorized, --allergy and --photo-consent are for --kind child.</source>
            <translation>--birth, --guardian, --not-authorized, --allergy and --photo-consent are for --kind child.</translation>
        </message>
        <message>
            <source>A child is registered with a birth date (--birth).</source>
            <translation>A child is registered with a birth date (--birth).</translation>
        </message>
        <message>
            <source>The range ends ({last}) before it starts ({first}).</source>
            <translation>The range ends ({last}) before it starts ({first}).</translation>
        </message>
        <message>
            <source>Not a badge code: a badge code has 36 letters and digits (A–Z, 2–7).</source>
            <translation>Not a badge code: a badge code has 36 letters and digits (A–Z, 2–7).</translation>
        </message>
        <message>
            <source>This badge code has been tampered with or mistyped: it is not valid.</source>
            <translation>This badge code has been tampered with or mistyped: it is not valid.</translation>
        </message>
        <message>
            <source>This is not a badge of this venue.</source>
            <translation>This is not a badge of this venue.</translation>
        </message>
        <message>
            <source>The name is empty.</source>
            <translation>The name is empty.</translation>
        </message>
        <message>
            <source>The name is longer than {limit} characters.</source>
            <translation>The name is longer than {limit} characters.</translation>
        </message>
        <message>
            <source>A ratio is a number of children per educator, 1 to {most}: not {value}.</source>
            <translation>A ratio is a number of children per educator, 1 to {most}: not {value}.</translation>
        </message>
        <message>
            <source>Area key {key!r} must be lowercase letters, digits, - or _.</source>
            <translation>Area key {key!r} must be lowercase letters, digits, - or _.</translation>
        </message>
        <message>
            <source>Capacity must be between 1 and 10000, not {value}.</source>
            <translation>Capacity must be between 1 and 10000, not {value}.</translation>
        </message>
        <message>
            <source>Unknown weekday {day!r}: use mon, tue, … sun.</source>
            <translation>Unknown weekday {day!r}: use mon, tue, … sun.</translation>
        </message>
        <message>
            <source>Time {value!r} is not HH:MM.</source>
            <translation>Time {value!r} is not HH:MM.</translation>
        </message>
        <message>
            <source>A PNG preview shows one page: write a PDF for several badges.</source>
            <translation>A PNG preview shows one page: write a PDF for several badges.</translation>
        </message>
        <message>
            <source>Unknown badge format {name!r}: use one of {formats}.</source>
            <translation>Unknown badge format {name!r}: use one of {formats}.</translation>
        </message>
        <message>
            <source>This desk uses PostgreSQL: back it up with pg_dump (pg_dump --format=custom --file=serre-desk.dump DATABASE) and restore with pg_restore.</source>
            <translation>This desk uses PostgreSQL: back it up with pg_dump (pg_dump --format=custom --file=serre-desk.dump DATABASE) and restore with pg_restore.</translation>
        </message>
        <message>
            <source>Cannot write the backup {path}: {error}.</source>
            <translation>Cannot write the backup {path}: {error}.</translation>
        </message>
        <message>
            <source>The backup failed its integrity check: the database may be damaged. Keep the last good backups.</source>
            <translation>The backup failed its integrity check: the database may be damaged. Keep the last good backups.</translation>
        </message>
        <message>
            <source>{path} is not a usable Serre Desk backup (missing, damaged or foreign).</source>
            <translation>{path} is not a usable Serre Desk backup (missing, damaged or foreign).</translation>
        </message>
        <message>
            <source>This badge has been revoked: a new badge replaces it or it was withdrawn.</source>
            <translation>This badge has been revoked: a new badge replaces it or it was withdrawn.</translation>
        </message>
        <message>
            <source>This badge has expired: it was made for another kind of visitor.</source>
            <translation>This badge has expired: it was made for another kind of visitor.</translation>
        </message>
        <message>
            <source>This day pass has expired: it was valid on {day} only.</source>
            <translation>This day pass has expired: it was valid on {day} only.</translation>
        </message>
        <message>
            <source>This badge has expired: the membership ended on {day}.</source>
            <translation>This badge has expired: the membership ended on {day}.</translation>
        </message>
        <message>
            <source>{name} has no badge to revoke.</source>
            <translation>{name} has no badge to revoke.</translation>
        </message>
        <message>
            <source>Children get no badge: their guardian checks them in and out.</source>
            <translation>Children get no badge: their guardian checks them in and out.</translation>
        </message>
        <message>
            <source>The database file is damaged. Restore the latest backup (backups folder in the data dir).</source>
            <translation>The database file is damaged. Restore the latest backup (backups folder in the data dir).</translation>
        </message>
        <message>
            <source>The file has no name column (nome / name).</source>
            <translation>The file has no name column (nome / name).</translation>
        </message>
        <message>
            <source>Kind {value!r}: only members and staff can be imported.</source>
            <translation>Kind {value!r}: only members and staff can be imported.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {error}.</source>
            <translation>Cannot read {path}: {error}.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>The file is empty.</translation>
        </message>
        <message>
            <source>The birth date {day} is in the future.</source>
            <translation>The birth date {day} is in the future.</translation>
        </message>
        <message>
            <source>Born on {day}: the kids' space is for children up to {years}.</source>
            <translation>Born on {day}: the kids' space is for children up to {years}.</translation>
        </message>
        <message>
            <source>{name} is a child: a guardian is an adult.</source>
            <translation>{name} is a child: a guardian is an adult.</translation>
        </message>
        <message>
            <source>{name} has no phone number: an adult authorised for pickup needs one (add it to their details first).</source>
            <translation>{name} has no phone number: an adult authorised for pickup needs one (add it to their details first).</translation>
        </message>
        <message>
            <source>{name} is not a child: only children are brought and collected with a pickup code.</source>
            <translation>{name} is not a child: only children are brought and collected with a pickup code.</translation>
        </message>
        <message>
            <source>The same adult is listed twice: authorised or not, choose one.</source>
            <translation>The same adult is listed twice: authorised or not, choose one.</translation>
        </message>
        <message>
            <source>A child needs at least one adult authorised for pickup (--guardian).</source>
            <translation>A child needs at least one adult authorised for pickup (--guardian).</translation>
        </message>
        <message>
            <source>{child} needs at least one authorised guardian: add another one first.</source>
            <translation>{child} needs at least one authorised guardian: add another one first.</translation>
        </message>
        <message>
            <source>A one-day authorisation is an authorisation to collect.</source>
            <translation>A one-day authorisation is an authorisation to collect.</translation>
        </message>
        <message>
            <source>{adult} is already authorised for {child}.</source>
            <translation>{adult} is already authorised for {child}.</translation>
        </message>
        <message>
            <source>{adult} is not linked to {child}.</source>
            <translation>{adult} is not linked to {child}.</translation>
        </message>
        <message>
            <source>Choose the children being brought, each once.</source>
            <translation>Choose the children being brought, each once.</translation>
        </message>
        <message>
            <source>{name} is not inside the kids' space: there is nothing to print.</source>
            <translation>{name} is not inside the kids' space: there is nothing to print.</translation>
        </message>
        <message>
            <source>{name} is not inside.</source>
            <translation>{name} is not inside.</translation>
        </message>
        <message>
            <source>Unknown age band {band!r}.</source>
            <translation>Unknown age band {band!r}.</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>nobody</translation>
        </message>
        <message>
            <source>{value!r} is not an email address.</source>
            <translation>{value!r} is not an email address.</translation>
        </message>
        <message>
            <source>{value!r} is not a phone number.</source>
            <translation>{value!r} is not a phone number.</translation>
        </message>
        <message>
            <source>Only a manager can do this: ask a manager to sign in.</source>
            <translation>Only a manager can do this: ask a manager to sign in.</translation>
        </message>
        <message>
            <source>Write the reason: it is kept in the audit log.</source>
            <translation>Write the reason: it is kept in the audit log.</translation>
        </message>
        <message>
            <source>A retention period is between {low} and {high}.</source>
            <translation>A retention period is between {low} and {high}.</translation>
        </message>
        <message>
            <source>Person {id} is under a legal hold: their data cannot be erased.</source>
            <translation>Person {id} is under a legal hold: their data cannot be erased.</translation>
        </message>
        <message>
            <source>Person {id} is inside: check them out first.</source>
            <translation>Person {id} is inside: check them out first.</translation>
        </message>
        <message>
            <source>Export to a .json or a .pdf file, not {name!r}.</source>
            <translation>Export to a .json or a .pdf file, not {name!r}.</translation>
        </message>
        <message>
            <source>The data folder {path} is on a network share: a SQLite file there can be corrupted. Keep it on this PC, or use PostgreSQL (--db) to share one database between several desks.</source>
            <translation>The data folder {path} is on a network share: a SQLite file there can be corrupted. Keep it on this PC, or use PostgreSQL (--db) to share one database between several desks.</translation>
        </message>
        <message>
            <source>Cannot create the data folder {path}: {error}.</source>
            <translation>Cannot create the data folder {path}: {error}.</translation>
        </message>
        <message>
            <source>More than {seconds} seconds have passed: this can no longer be undone. A manager can correct the time instead.</source>
            <translation>More than {seconds} seconds have passed: this can no longer be undone. A manager can correct the time instead.</translation>
        </message>
        <message>
            <source>{name} has checked in or out again since: nothing was undone.</source>
            <translation>{name} has checked in or out again since: nothing was undone.</translation>
        </message>
        <message>
            <source>A staff PIN is at least 6 digits (digits only).</source>
            <translation>A staff PIN is at least 6 digits (digits only).</translation>
        </message>
        <message>
            <source>A manager password is at least 12 characters long.</source>
            <translation>A manager password is at least 12 characters long.</translation>
        </message>
        <message>
            <source>The role is staff or manager, not {value!r}.</source>
            <translation>The role is staff or manager, not {value!r}.</translation>
        </message>
        <message>
            <source>There is no desk user {name!r}.</source>
            <translation>There is no desk user {name!r}.</translation>
        </message>
        <message>
            <source>The first desk user must be a manager.</source>
            <translation>The first desk user must be a manager.</translation>
        </message>
        <message>
            <source>A desk user named {name!r} already exists.</source>
            <translation>A desk user named {name!r} already exists.</translation>
        </message>
        <message>
            <source>Wrong PIN or password for {name}.</source>
            <translation>Wrong PIN or password for {name}.</translation>
        </message>
        <message>
            <source>{name} is locked after too many wrong attempts: a manager can unlock.</source>
            <translation>{name} is locked after too many wrong attempts: a manager can unlock.</translation>
        </message>
        <message>
            <source>Too many wrong attempts: wait {seconds} seconds and try again.</source>
            <translation>Too many wrong attempts: wait {seconds} seconds and try again.</translation>
        </message>
        <message>
            <source>The desk locks after {low} to {high} idle minutes.</source>
            <translation>The desk locks after {low} to {high} idle minutes.</translation>
        </message>
        <message>
            <source>There is no area {key!r}.</source>
            <translation>There is no area {key!r}.</translation>
        </message>
        <message>
            <source>No area is configured.</source>
            <translation>No area is configured.</translation>
        </message>
        <message>
            <source>A new area needs both a name and a capacity.</source>
            <translation>A new area needs both a name and a capacity.</translation>
        </message>
        <message>
            <source>Closing time must come after opening time.</source>
            <translation>Closing time must come after opening time.</translation>
        </message>
        <message>
            <source>Nobody is registered with id {id}.</source>
            <translation>Nobody is registered with id {id}.</translation>
        </message>
        <message>
            <source>A corrected time cannot be in the future.</source>
            <translation>A corrected time cannot be in the future.</translation>
        </message>
        <message>
            <source>{area} is for children and educators: check the adult in elsewhere.</source>
            <translation>{area} is for children and educators: check the adult in elsewhere.</translation>
        </message>
        <message>
            <source>Children are checked in to the kids' space, not {area}.</source>
            <translation>Children are checked in to the kids' space, not {area}.</translation>
        </message>
        <message>
            <source>{area} is full ({capacity}): a manager can authorise.</source>
            <translation>{area} is full ({capacity}): a manager can authorise.</translation>
        </message>
        <message>
            <source>That time overlaps a visit already recorded for this person.</source>
            <translation>That time overlaps a visit already recorded for this person.</translation>
        </message>
        <message>
            <source>Already inside: another desk checked this person in just now.</source>
            <translation>Already inside: another desk checked this person in just now.</translation>
        </message>
        <message>
            <source>The check-out time is earlier than the check-in time.</source>
            <translation>The check-out time is earlier than the check-in time.</translation>
        </message>
        <message>
            <source>{name} is already inside {area}.</source>
            <translation>{name} is already inside {area}.</translation>
        </message>
        <message>
            <source>{area}: {educators} educators present, {needed} needed with one more child. Call an educator, or a manager can authorise.</source>
            <translation>{area}: {educators} educators present, {needed} needed with one more child. Call an educator, or a manager can authorise.</translation>
        </message>
        <message>
            <source>{child} has no adult authorised for pickup: add an authorised guardian with a phone number first.</source>
            <translation>{child} has no adult authorised for pickup: add an authorised guardian with a phone number first.</translation>
        </message>
        <message>
            <source>{child} is checked in by the authorised adult who brings them. Authorised for pickup: {adults}.</source>
            <translation>{child} is checked in by the authorised adult who brings them. Authorised for pickup: {adults}.</translation>
        </message>
        <message>
            <source>{adult} is not authorised for {child}: only an authorised guardian brings a child in. Authorised for pickup: {adults}.</source>
            <translation>{adult} is not authorised for {child}: only an authorised guardian brings a child in. Authorised for pickup: {adults}.</translation>
        </message>
        <message>
            <source>The expected pickup time must be later than now.</source>
            <translation>The expected pickup time must be later than now.</translation>
        </message>
        <message>
            <source>{child} leaves only with the pickup code and an authorised adult: use the pickup.</source>
            <translation>{child} leaves only with the pickup code and an authorised adult: use the pickup.</translation>
        </message>
        <message>
            <source>A child cannot collect {child}: choose an adult.</source>
            <translation>A child cannot collect {child}: choose an adult.</translation>
        </message>
        <message>
            <source>{count} wrong pickup codes today for {child}: only a manager can release {child} now, with a written reason. Authorised for pickup: {adults}.</source>
            <translation>{count} wrong pickup codes today for {child}: only a manager can release {child} now, with a written reason. Authorised for pickup: {adults}.</translation>
        </message>
        <message>
            <source>The pickup code does not match {child}'s. That is {count} wrong codes today: from now on only a manager can release {child}. Authorised for pickup: {adults}.</source>
            <translation>The pickup code does not match {child}'s. That is {count} wrong codes today: from now on only a manager can release {child}. Authorised for pickup: {adults}.</translation>
        </message>
        <message>
            <source>The pickup code does not match {child}'s. Authorised for pickup: {adults}. A manager can override with a written reason.</source>
            <translation>The pickup code does not match {child}'s. Authorised for pickup: {adults}. A manager can override with a written reason.</translation>
        </message>
        <message>
            <source>{adult} is not authorised to collect {child}. Authorised for pickup: {adults}. A manager can override with a written reason.</source>
            <translation>{adult} is not authorised to collect {child}. Authorised for pickup: {adults}. A manager can override with a written reason.</translation>
        </message>
        <message>
            <source>{adult} is marked as NOT authorised to collect {child}. Authorised for pickup: {adults}. A manager can override with a written reason.</source>
            <translation>{adult} is marked as NOT authorised to collect {child}. Authorised for pickup: {adults}. A manager can override with a written reason.</translation>
        </message>
        <message>
            <source>{adult}'s one-day authorisation for {child} has expired. Authorised for pickup: {adults}. A manager can override with a written reason.</source>
            <translation>{adult}'s one-day authorisation for {child} has expired. Authorised for pickup: {adults}. A manager can override with a written reason.</translation>
        </message>
        <message>
            <source>The database is busy (locked by another program). Nothing was lost: try again in a moment.</source>
            <translation>The database is busy (locked by another program). Nothing was lost: try again in a moment.</translation>
        </message>
        <message>
            <source>The disk is full: nothing was saved. Free some space and try again.</source>
            <translation>The disk is full: nothing was saved. Free some space and try again.</translation>
        </message>
        <message>
            <source>The database cannot be opened for writing: check the data folder's permissions.</source>
            <translation>The database cannot be opened for writing: check the data folder's permissions.</translation>
        </message>
        <message>
            <source>The database server cannot be reached: check the network and try again.</source>
            <translation>The database server cannot be reached: check the network and try again.</translation>
        </message>
    </context>
    <context>
        <name>RegistrationDialog</name>
        <message>
            <source>New visitor</source>
            <translation>New visitor</translation>
        </message>
        <message>
            <source>Check in the chosen person instead</source>
            <translation>Check in the chosen person instead</translation>
        </message>
        <message>
            <source>Register and check in</source>
            <translation>Register and check in</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Privacy notice (show it to the person):</source>
            <translation>Privacy notice (show it to the person):</translation>
        </message>
        <message>
            <source>Already registered with this name: is it the same person? Check them in instead, or register a new person anyway.</source>
            <translation>Already registered with this name: is it the same person? Check them in instead, or register a new person anyway.</translation>
        </message>
        <message>
            <source>Register anyway and check in</source>
            <translation>Register anyway and check in</translation>
        </message>
        <message>
            <source>Someone with this name is already registered (see above).</source>
            <translation>Someone with this name is already registered (see above).</translation>
        </message>
        <message>
            <source>Write the person's name.</source>
            <translation>Write the person's name.</translation>
        </message>
        <message>
            <source>Show the privacy notice to the person and tick the box.</source>
            <translation>Show the privacy notice to the person and tick the box.</translation>
        </message>
    </context>
    <context>
        <name>ResultBanner</name>
        <message>
            <source>Ready to scan</source>
            <translation>Ready to scan</translation>
        </message>
        <message>
            <source>Scan a badge or type a name. F2 registers a new visitor.</source>
            <translation>Scan a badge or type a name. F2 registers a new visitor.</translation>
        </message>
        <message>
            <source>CHECKED IN</source>
            <translation>CHECKED IN</translation>
        </message>
        <message>
            <source>CHECKED OUT</source>
            <translation>CHECKED OUT</translation>
        </message>
        <message>
            <source>Check-in undone</source>
            <translation>Check-in undone</translation>
        </message>
        <message>
            <source>Check-out undone</source>
            <translation>Check-out undone</translation>
        </message>
        <message>
            <source>REFUSED</source>
            <translation>REFUSED</translation>
        </message>
        <message>
            <source>{count} still inside were checked out automatically.</source>
            <translation>{count} still inside were checked out automatically.</translation>
        </message>
        <message>
            <source>Children still inside: {names}</source>
            <translation>Children still inside: {names}</translation>
        </message>
        <message>
            <source>Day closed — children still inside!</source>
            <translation>Day closed — children still inside!</translation>
        </message>
        <message>
            <source>Day closed</source>
            <translation>Day closed</translation>
        </message>
    </context>
    <context>
        <name>SearchModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Where now</source>
            <translation>Where now</translation>
        </message>
        <message>
            <source>not inside</source>
            <translation>not inside</translation>
        </message>
        <message>
            <source>inside: {area}</source>
            <translation>inside: {area}</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search: “{text}”</source>
            <translation>Search: “{text}”</translation>
        </message>
        <message>
            <source>↑ ↓ choose · Enter checks the chosen person in or out · F2 registers someone new</source>
            <translation>↑ ↓ choose · Enter checks the chosen person in or out · F2 registers someone new</translation>
        </message>
        <message>
            <source>Nobody matches “{text}”. Press Enter or F2 to register a new visitor.</source>
            <translation>Nobody matches “{text}”. Press Enter or F2 to register a new visitor.</translation>
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
            <translation>Scan or search</translation>
        </message>
        <message>
            <source>Scan a badge or type a name…  ({key})</source>
            <translation>Scan a badge or type a name…  ({key})</translation>
        </message>
    </context>
    <context>
        <name>Warning</name>
        <message>
            <source>Ratio broken in {area}: {children} children need {needed} educators, {educators} present.</source>
            <translation>Ratio broken in {area}: {children} children need {needed} educators, {educators} present.</translation>
        </message>
        <message>
            <source>Still in the kids' space, brought by {name}: {children}.</source>
            <translation>Still in the kids' space, brought by {name}: {children}.</translation>
        </message>
    </context>
</TS>
