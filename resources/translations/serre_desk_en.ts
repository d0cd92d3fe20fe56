<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>About</name>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Schema revision</source>
            <translation>Schema revision</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Data folder</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>Revision of this database</source>
            <translation>Revision of this database</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Serre Desk</source>
            <translation>About Serre Desk</translation>
        </message>
        <message>
            <source>The front desk of {venue}.</source>
            <translation>The front desk of {venue}.</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>Copy these details, for support</source>
            <translation>Copy these details, for support</translation>
        </message>
        <message>
            <source>&amp;About Serre Desk</source>
            <translation>&amp;About Serre Desk</translation>
        </message>
        <message>
            <source>The version, the database's schema revision and the data folder</source>
            <translation>The version, the database's schema revision and the data folder</translation>
        </message>
    </context>
    <context>
        <name>Age</name>
        <message>
            <source>{years} {months}</source>
            <translation>{years} {months}</translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n year</numerusform>
                <numerusform>%n years</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
    </context>
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
        <name>ArchiveDuty</name>
        <message>
            <source>Attendance sheets archived</source>
            <translation>Attendance sheets archived</translation>
        </message>
        <message>
            <source>Sheets written for {days} in {folder}.</source>
            <translation>Sheets written for {days} in {folder}.</translation>
        </message>
        <message>
            <source>Guests anonymised in the sheets of {days} (privacy rules).</source>
            <translation>Guests anonymised in the sheets of {days} (privacy rules).</translation>
        </message>
        <message>
            <source>Attendance sheets not archived</source>
            <translation>Attendance sheets not archived</translation>
        </message>
        <message>
            <source>The archive folder cannot be written ({reason}). The sheets will be written at the next closing or start; check the folder or the network drive.</source>
            <translation>The archive folder cannot be written ({reason}). The sheets will be written at the next closing or start; check the folder or the network drive.</translation>
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
            <translation>Kids' space</translation>
        </message>
    </context>
    <context>
        <name>AreasPage</name>
        <message>
            <source>Areas</source>
            <translation>Areas</translation>
        </message>
        <message>
            <source>The places counted at the desk. A tile turns amber from the share of the capacity given here, and red when the area is full.</source>
            <translation>The places counted at the desk. A tile turns amber from the share of the capacity given here, and red when the area is full.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Capacity</translation>
        </message>
        <message>
            <source>For children</source>
            <translation>For children</translation>
        </message>
        <message>
            <source>Amber from</source>
            <translation>Amber from</translation>
        </message>
        <message>
            <source>Inside now</source>
            <translation>Inside now</translation>
        </message>
        <message>
            <source>Add an area</source>
            <translation>Add an area</translation>
        </message>
        <message>
            <source>A new area, e.g. a meeting room or an event hall</source>
            <translation>A new area, e.g. a meeting room or an event hall</translation>
        </message>
        <message>
            <source>Name of the area</source>
            <translation>Name of the area</translation>
        </message>
        <message>
            <source>e.g. Sala eventi</source>
            <translation>e.g. Sala eventi</translation>
        </message>
        <message>
            <source> places</source>
            <translation> places</translation>
        </message>
        <message>
            <source>children</source>
            <translation>children</translation>
        </message>
        <message>
            <source>Counts children, with the educators' ratio</source>
            <translation>Counts children, with the educators' ratio</translation>
        </message>
        <message>
            <source>Amber from this share of the capacity</source>
            <translation>Amber from this share of the capacity</translation>
        </message>
        <message>
            <source>{inside} inside now, more than {capacity}: nobody else can enter until {count} have left.</source>
            <translation>{inside} inside now, more than {capacity}: nobody else can enter until {count} have left.</translation>
        </message>
        <message>
            <source>Saved. {areas}: more people inside than the new capacity; check-ins there are refused until enough have left.</source>
            <translation>Saved. {areas}: more people inside than the new capacity; check-ins there are refused until enough have left.</translation>
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
        <message>
            <source>The audit log holds no event sealed with its key: its events were removed.</source>
            <translation>The audit log holds no event sealed with its key: its events were removed.</translation>
        </message>
        <message>
            <source>The chain still holds the anchor: {count} events up to {head}.</source>
            <translation>The chain still holds the anchor: {count} events up to {head}.</translation>
        </message>
        <message>
            <source>The anchor ({count} events) is older than the pruned events.</source>
            <translation>The anchor ({count} events) is older than the pruned events.</translation>
        </message>
        <message>
            <source>The audit chain no longer holds the anchored head {head} ({count} events): events were removed or rewritten.</source>
            <translation>The audit chain no longer holds the anchored head {head} ({count} events): events were removed or rewritten.</translation>
        </message>
        <message>
            <source>The anchored head {head} is no longer event number {count} of the chain: events before it were removed.</source>
            <translation>The anchored head {head} is no longer event number {count} of the chain: events before it were removed.</translation>
        </message>
    </context>
    <context>
        <name>AuditAction</name>
        <message>
            <source>Area changed</source>
            <translation>Area changed</translation>
        </message>
        <message>
            <source>Old events removed</source>
            <translation>Old events removed</translation>
        </message>
        <message>
            <source>Erased names removed from events</source>
            <translation>Erased names removed from events</translation>
        </message>
        <message>
            <source>Checked out at closing</source>
            <translation>Checked out at closing</translation>
        </message>
        <message>
            <source>Badge issued</source>
            <translation>Badge issued</translation>
        </message>
        <message>
            <source>Badge revoked</source>
            <translation>Badge revoked</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <source>Check-out</source>
            <translation>Check-out</translation>
        </message>
        <message>
            <source>Child's data removed</source>
            <translation>Child's data removed</translation>
        </message>
        <message>
            <source>Day closed</source>
            <translation>Day closed</translation>
        </message>
        <message>
            <source>Closed day changed</source>
            <translation>Closed day changed</translation>
        </message>
        <message>
            <source>Demo data added</source>
            <translation>Demo data added</translation>
        </message>
        <message>
            <source>Guardian added</source>
            <translation>Guardian added</translation>
        </message>
        <message>
            <source>Guardian removed</source>
            <translation>Guardian removed</translation>
        </message>
        <message>
            <source>Opening hours changed</source>
            <translation>Opening hours changed</translation>
        </message>
        <message>
            <source>People imported</source>
            <translation>People imported</translation>
        </message>
        <message>
            <source>Child alarm handled</source>
            <translation>Child alarm handled</translation>
        </message>
        <message>
            <source>Pickup slip printed again</source>
            <translation>Pickup slip printed again</translation>
        </message>
        <message>
            <source>Legal hold</source>
            <translation>Legal hold</translation>
        </message>
        <message>
            <source>Person registered</source>
            <translation>Person registered</translation>
        </message>
        <message>
            <source>Person anonymised (retention)</source>
            <translation>Person anonymised (retention)</translation>
        </message>
        <message>
            <source>Person edited</source>
            <translation>Person edited</translation>
        </message>
        <message>
            <source>Pickup refused</source>
            <translation>Pickup refused</translation>
        </message>
        <message>
            <source>Plan changed</source>
            <translation>Plan changed</translation>
        </message>
        <message>
            <source>Data erased on request</source>
            <translation>Data erased on request</translation>
        </message>
        <message>
            <source>Data exported on request</source>
            <translation>Data exported on request</translation>
        </message>
        <message>
            <source>Educator ratios changed</source>
            <translation>Educator ratios changed</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Backup restored</translation>
        </message>
        <message>
            <source>Badge scan refused</source>
            <translation>Badge scan refused</translation>
        </message>
        <message>
            <source>Self-service at the locked desk</source>
            <translation>Self-service at the locked desk</translation>
        </message>
        <message>
            <source>Setting changed</source>
            <translation>Setting changed</translation>
        </message>
        <message>
            <source>Attendance sheet anonymised</source>
            <translation>Attendance sheet anonymised</translation>
        </message>
        <message>
            <source>Attendance sheet archived</source>
            <translation>Attendance sheet archived</translation>
        </message>
        <message>
            <source>Sign-in failed</source>
            <translation>Sign-in failed</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Desk user added</source>
            <translation>Desk user added</translation>
        </message>
        <message>
            <source>Desk user locked out</source>
            <translation>Desk user locked out</translation>
        </message>
        <message>
            <source>Desk user deactivated</source>
            <translation>Desk user deactivated</translation>
        </message>
        <message>
            <source>Password changed</source>
            <translation>Password changed</translation>
        </message>
        <message>
            <source>Desk user unlocked</source>
            <translation>Desk user unlocked</translation>
        </message>
        <message>
            <source>Desk user reactivated with a new PIN or password</source>
            <translation>Desk user reactivated with a new PIN or password</translation>
        </message>
        <message>
            <source>New recovery code for a manager</source>
            <translation>New recovery code for a manager</translation>
        </message>
        <message>
            <source>Manager recovered with the recovery code</source>
            <translation>Manager recovered with the recovery code</translation>
        </message>
        <message>
            <source>Wrong recovery code</source>
            <translation>Wrong recovery code</translation>
        </message>
    </context>
    <context>
        <name>AuditDetail</name>
        <message>
            <source>erased person</source>
            <translation>erased person</translation>
        </message>
        <message>
            <source>moved from {area}</source>
            <translation>moved from {area}</translation>
        </message>
        <message>
            <source>Corrected time: {time}</source>
            <translation>Corrected time: {time}</translation>
        </message>
        <message>
            <source>Capacity exceeded: {area}, {places}</source>
            <translation>Capacity exceeded: {area}, {places}</translation>
        </message>
        <message>
            <source>Capacity exceeded: {area}</source>
            <translation>Capacity exceeded: {area}</translation>
        </message>
        <message>
            <source>Too few educators for the ratio</source>
            <translation>Too few educators for the ratio</translation>
        </message>
        <message>
            <source>Brought by {name}</source>
            <translation>Brought by {name}</translation>
        </message>
        <message>
            <source>Pickup expected at {time}</source>
            <translation>Pickup expected at {time}</translation>
        </message>
        <message>
            <source>Released to {name} by a manager's decision</source>
            <translation>Released to {name} by a manager's decision</translation>
        </message>
        <message>
            <source>Collected by {name} with the pickup code</source>
            <translation>Collected by {name} with the pickup code</translation>
        </message>
        <message>
            <source>plan used up, expired or no seat left</source>
            <translation>plan used up, expired or no seat left</translation>
        </message>
        <message>
            <source>privacy notice not yet acknowledged</source>
            <translation>privacy notice not yet acknowledged</translation>
        </message>
        <message>
            <source>too few educators left in the area moved from</source>
            <translation>too few educators left in the area moved from</translation>
        </message>
        <message>
            <source>Warned: {what}</source>
            <translation>Warned: {what}</translation>
        </message>
        <message>
            <source>{area}: checked out at {time}</source>
            <translation>{area}: checked out at {time}</translation>
        </message>
        <message>
            <source>No pickup code given</source>
            <translation>No pickup code given</translation>
        </message>
        <message>
            <source>Too many wrong codes: only a manager can release</source>
            <translation>Too many wrong codes: only a manager can release</translation>
        </message>
        <message>
            <source>Wrong pickup code</source>
            <translation>Wrong pickup code</translation>
        </message>
        <message>
            <source>Not authorised to collect</source>
            <translation>Not authorised to collect</translation>
        </message>
        <message>
            <source>Marked as NOT authorised to collect</source>
            <translation>Marked as NOT authorised to collect</translation>
        </message>
        <message>
            <source>One-day authorisation expired</source>
            <translation>One-day authorisation expired</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>({count} of {limit})</source>
            <translation>({count} of {limit})</translation>
        </message>
        <message>
            <source>Adult: {name}</source>
            <translation>Adult: {name}</translation>
        </message>
        <message>
            <source>Revoked badge</source>
            <translation>Revoked badge</translation>
        </message>
        <message>
            <source>Tampered or mistyped badge code</source>
            <translation>Tampered or mistyped badge code</translation>
        </message>
        <message>
            <source>Badge of another venue</source>
            <translation>Badge of another venue</translation>
        </message>
        <message>
            <source>Not a Serre badge</source>
            <translation>Not a Serre badge</translation>
        </message>
        <message>
            <source>at the locked desk</source>
            <translation>at the locked desk</translation>
        </message>
        <message>
            <source>Checked out of {area} at the locked desk</source>
            <translation>Checked out of {area} at the locked desk</translation>
        </message>
        <message>
            <source>Checked in to {area} at the locked desk</source>
            <translation>Checked in to {area} at the locked desk</translation>
        </message>
        <message>
            <source>Check-out from {area} undone</source>
            <translation>Check-out from {area} undone</translation>
        </message>
        <message>
            <source>Check-in to {area} undone</source>
            <translation>Check-in to {area} undone</translation>
        </message>
        <message>
            <source>Day pass for {day}</source>
            <translation>Day pass for {day}</translation>
        </message>
        <message>
            <source>Staff badge</source>
            <translation>Staff badge</translation>
        </message>
        <message>
            <source>Member badge</source>
            <translation>Member badge</translation>
        </message>
        <message>
            <source>Replaced by a new badge</source>
            <translation>Replaced by a new badge</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>organisation</translation>
        </message>
        <message>
            <source>email</source>
            <translation>email</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>phone</translation>
        </message>
        <message>
            <source>usual area</source>
            <translation>usual area</translation>
        </message>
        <message>
            <source>membership end</source>
            <translation>membership end</translation>
        </message>
        <message>
            <source>kind of person</source>
            <translation>kind of person</translation>
        </message>
        <message>
            <source>privacy notice acknowledged</source>
            <translation>privacy notice acknowledged</translation>
        </message>
        <message>
            <source>photo consent</source>
            <translation>photo consent</translation>
        </message>
        <message>
            <source>health notes</source>
            <translation>health notes</translation>
        </message>
        <message>
            <source>birth date</source>
            <translation>birth date</translation>
        </message>
        <message>
            <source>from an imported file</source>
            <translation>from an imported file</translation>
        </message>
        <message>
            <source>May collect: {names}</source>
            <translation>May collect: {names}</translation>
        </message>
        <message>
            <source>NOT authorised to collect: {names}</source>
            <translation>NOT authorised to collect: {names}</translation>
        </message>
        <message>
            <source>health notes recorded</source>
            <translation>health notes recorded</translation>
        </message>
        <message>
            <source>photo consent given</source>
            <translation>photo consent given</translation>
        </message>
        <message>
            <source>privacy notice shown</source>
            <translation>privacy notice shown</translation>
        </message>
        <message>
            <source>Changed: {fields}</source>
            <translation>Changed: {fields}</translation>
        </message>
        <message>
            <source>{name}: NOT authorised to collect</source>
            <translation>{name}: NOT authorised to collect</translation>
        </message>
        <message>
            <source>{name}: may collect on {day} only</source>
            <translation>{name}: may collect on {day} only</translation>
        </message>
        <message>
            <source>{name}: may collect</source>
            <translation>{name}: may collect</translation>
        </message>
        <message>
            <source>No longer linked: {name}</source>
            <translation>No longer linked: {name}</translation>
        </message>
        <message>
            <source>Day {day}</source>
            <translation>Day {day}</translation>
        </message>
        <message>
            <source>Children still inside: {names}</source>
            <translation>Children still inside: {names}</translation>
        </message>
        <message>
            <source>{day}: closed</source>
            <translation>{day}: closed</translation>
        </message>
        <message>
            <source>{day}: open again</source>
            <translation>{day}: open again</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>Monday</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Friday</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <source>{weekday}: {hours}</source>
            <translation>{weekday}: {hours}</translation>
        </message>
        <message>
            <source>{weekday}: closed</source>
            <translation>{weekday}: closed</translation>
        </message>
        <message>
            <source>{area}: capacity {places}</source>
            <translation>{area}: capacity {places}</translation>
        </message>
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
        <message>
            <source>{band}: 1 educator per {count}</source>
            <translation>{band}: 1 educator per {count}</translation>
        </message>
        <message>
            <source>Badges work at the locked desk</source>
            <translation>Badges work at the locked desk</translation>
        </message>
        <message>
            <source>Badges do not work at the locked desk</source>
            <translation>Badges do not work at the locked desk</translation>
        </message>
        <message>
            <source>Check-ins over the plan refused</source>
            <translation>Check-ins over the plan refused</translation>
        </message>
        <message>
            <source>Check-ins over the plan warned</source>
            <translation>Check-ins over the plan warned</translation>
        </message>
        <message>
            <source>Backup folder: {folder}</source>
            <translation>Backup folder: {folder}</translation>
        </message>
        <message>
            <source>Pickup locked after wrong codes</source>
            <translation>Pickup locked after wrong codes</translation>
        </message>
        <message>
            <source>One-day pickup authorisation needs a manager</source>
            <translation>One-day pickup authorisation needs a manager</translation>
        </message>
        <message>
            <source>Amber from (% of capacity)</source>
            <translation>Amber from (% of capacity)</translation>
        </message>
        <message>
            <source>Privacy notice version</source>
            <translation>Privacy notice version</translation>
        </message>
        <message>
            <source>Daily backups kept</source>
            <translation>Daily backups kept</translation>
        </message>
        <message>
            <source>This desk's database</source>
            <translation>This desk's database</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Hold set</source>
            <translation>Hold set</translation>
        </message>
        <message>
            <source>Hold lifted</source>
            <translation>Hold lifted</translation>
        </message>
        <message>
            <source>As a {format} file</source>
            <translation>As a {format} file</translation>
        </message>
        <message>
            <source>trial run, nothing saved</source>
            <translation>trial run, nothing saved</translation>
        </message>
        <message>
            <source>Sheet of {day}</source>
            <translation>Sheet of {day}</translation>
        </message>
        <message>
            <source>version {number}</source>
            <translation>version {number}</translation>
        </message>
        <message>
            <source>guests anonymised</source>
            <translation>guests anonymised</translation>
        </message>
        <message>
            <source>Sheet of {day} written again without names</source>
            <translation>Sheet of {day} written again without names</translation>
        </message>
        <message>
            <source>From {file}</source>
            <translation>From {file}</translation>
        </message>
        <message>
            <source>the database before it kept as {file}</source>
            <translation>the database before it kept as {file}</translation>
        </message>
        <message>
            <source>manager</source>
            <translation>manager</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>staff</translation>
        </message>
        <message>
            <source>Plan {plan} from {start}</source>
            <translation>Plan {plan} from {start}</translation>
        </message>
        <message>
            <source>Plan {plan} now ends on {end}</source>
            <translation>Plan {plan} now ends on {end}</translation>
        </message>
        <message>
            <source>Plan {plan} with no end</source>
            <translation>Plan {plan} with no end</translation>
        </message>
        <message>
            <source>Plan {plan}</source>
            <translation>Plan {plan}</translation>
        </message>
        <message>
            <source>Correction: real time {time}</source>
            <translation>Correction: real time {time}</translation>
        </message>
        <message numerus="yes">
            <source>%n place(s)</source>
            <translation>
                <numerusform>%n place</numerusform>
                <numerusform>%n places</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Plan {plan}: %n entry(ies) added</source>
            <translation>
                <numerusform>Plan {plan}: %n entry added</numerusform>
                <numerusform>Plan {plan}: %n entries added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{organisation}: %n seat(s)</source>
            <translation>
                <numerusform>{organisation}: %n seat</numerusform>
                <numerusform>{organisation}: %n seats</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Health notes and %n guardian link(s) removed</source>
            <translation>
                <numerusform>Health notes and %n guardian link removed</numerusform>
                <numerusform>Health notes and %n guardian links removed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n checked out automatically</source>
            <translation>
                <numerusform>%n checked out automatically</numerusform>
                <numerusform>%n checked out automatically</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) added</source>
            <translation>
                <numerusform>%n person added</numerusform>
                <numerusform>%n people added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n updated</numerusform>
                <numerusform>%n updated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>%n refused</numerusform>
                <numerusform>%n refused</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) of visits</source>
            <translation>
                <numerusform>%n day of visits</numerusform>
                <numerusform>%n days of visits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) removed</source>
            <translation>
                <numerusform>%n event removed</numerusform>
                <numerusform>%n events removed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) rewritten without the name</source>
            <translation>
                <numerusform>%n event rewritten without the name</numerusform>
                <numerusform>%n events rewritten without the name</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{user}: %n failed attempt(s) in a row</source>
            <translation>
                <numerusform>{user}: %n failed attempt in a row</numerusform>
                <numerusform>{user}: %n failed attempts in a row</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n guardian link(s) removed</source>
            <translation>
                <numerusform>%n guardian link removed</numerusform>
                <numerusform>%n guardian links removed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The desk locks after %n idle minute(s)</source>
            <translation>
                <numerusform>The desk locks after %n idle minute</numerusform>
                <numerusform>The desk locks after %n idle minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Guests kept %n day(s)</source>
            <translation>
                <numerusform>Guests kept %n day</numerusform>
                <numerusform>Guests kept %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>members %n day(s)</source>
            <translation>
                <numerusform>members %n day</numerusform>
                <numerusform>members %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>children %n day(s)</source>
            <translation>
                <numerusform>children %n day</numerusform>
                <numerusform>children %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>audit %n month(s)</source>
            <translation>
                <numerusform>audit %n month</numerusform>
                <numerusform>audit %n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n earlier version(s) deleted</source>
            <translation>
                <numerusform>%n earlier version deleted</numerusform>
                <numerusform>%n earlier versions deleted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) before {day} removed</source>
            <translation>
                <numerusform>%n event before {day} removed</numerusform>
                <numerusform>%n events before {day} removed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Desk user</source>
            <translation>Desk user</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>Desk</translation>
        </message>
    </context>
    <context>
        <name>AuditTab</name>
        <message>
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <source>All days</source>
            <translation>All days</translation>
        </message>
        <message>
            <source>Any action</source>
            <translation>Any action</translation>
        </message>
        <message>
            <source>Desk user</source>
            <translation>Desk user</translation>
        </message>
        <message>
            <source>Person (name or number)</source>
            <translation>Person (name or number)</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>Verify the chain</source>
            <translation>Verify the chain</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message>
            <source>Verifying the chain…</source>
            <translation>Verifying the chain…</translation>
        </message>
        <message numerus="yes">
            <source>The audit log is whole: %n event(s) checked.</source>
            <translation>
                <numerusform>The audit log is whole: %n event checked.</numerusform>
                <numerusform>The audit log is whole: %n events checked.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It holds the %n anchor(s) kept with the backups.</source>
            <translation>
                <numerusform>It holds the anchor kept with the backups.</numerusform>
                <numerusform>It holds the %n anchors kept with the backups.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackupsPage</name>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>The desk backs up its database once a day. Keep the backups on another disk or folder, so a broken disk does not take them too.</source>
            <translation>The desk backs up its database once a day. Keep the backups on another disk or folder, so a broken disk does not take them too.</translation>
        </message>
        <message>
            <source>Where and how many</source>
            <translation>Where and how many</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Backup folder</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source> daily backups</source>
            <translation> daily backups</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Keep</translation>
        </message>
        <message>
            <source>Backups in the folder</source>
            <translation>Backups in the folder</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Restore…</translation>
        </message>
        <message>
            <source>Replace the database with the chosen backup (the current one is kept)</source>
            <translation>Replace the database with the chosen backup (the current one is kept)</translation>
        </message>
        <message>
            <source>This desk uses PostgreSQL: back it up with pg_dump and restore with pg_restore on the server (see docs/backups.md).</source>
            <translation>This desk uses PostgreSQL: back it up with pg_dump and restore with pg_restore on the server (see docs/backups.md).</translation>
        </message>
        <message>
            <source>Choose the folder for the backups.</source>
            <translation>Choose the folder for the backups.</translation>
        </message>
        <message>
            <source>Backed up to {path}.</source>
            <translation>Backed up to {path}.</translation>
        </message>
        <message>
            <source>Choose a backup in the list first.</source>
            <translation>Choose a backup in the list first.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>Replace the database with the backup of {when}?

It holds {people} people, {visits} visits and {events} audit events. Everything recorded after it is replaced; the current database is kept beside the backups. Serre Desk closes after the restore: start it again.</source>
            <translation>Replace the database with the backup of {when}?

It holds {people} people, {visits} visits and {events} audit events. Everything recorded after it is replaced; the current database is kept beside the backups. Serre Desk closes after the restore: start it again.</translation>
        </message>
        <message>
            <source>Restore the backup of {when}</source>
            <translation>Restore the backup of {when}</translation>
        </message>
        <message>
            <source>Keep the current database</source>
            <translation>Keep the current database</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Backup restored</translation>
        </message>
        <message>
            <source>The database is now the backup {name}. The one it replaced is kept as {kept}. Serre Desk closes now: start it again.</source>
            <translation>The database is now the backup {name}. The one it replaced is kept as {kept}. Serre Desk closes now: start it again.</translation>
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
        <name>BadgePrintDialog</name>
        <message>
            <source>Card 85.6 × 54 mm</source>
            <translation>Card 85.6 × 54 mm</translation>
        </message>
        <message>
            <source>Label 62 × 100 mm (Brother QL)</source>
            <translation>Label 62 × 100 mm (Brother QL)</translation>
        </message>
        <message>
            <source>Label 62 × 29 mm (Brother QL)</source>
            <translation>Label 62 × 29 mm (Brother QL)</translation>
        </message>
        <message>
            <source>Label 89 × 36 mm (Dymo)</source>
            <translation>Label 89 × 36 mm (Dymo)</translation>
        </message>
        <message>
            <source>A4 sheet of cards, with cut marks</source>
            <translation>A4 sheet of cards, with cut marks</translation>
        </message>
        <message>
            <source>Print badge</source>
            <translation>Print badge</translation>
        </message>
        <message>
            <source>Loading the badge…</source>
            <translation>Loading the badge…</translation>
        </message>
        <message>
            <source>The printed size: cards, label-printer labels or an A4 sheet; remembered for each kind of badge</source>
            <translation>The printed size: cards, label-printer labels or an A4 sheet; remembered for each kind of badge</translation>
        </message>
        <message>
            <source>&amp;Format</source>
            <translation>&amp;Format</translation>
        </message>
        <message>
            <source>Reissue (lost badge)…</source>
            <translation>Reissue (lost badge)…</translation>
        </message>
        <message>
            <source>Make a new badge with a new code: the old badge stops working at once</source>
            <translation>Make a new badge with a new code: the old badge stops working at once</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Save PDF…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Print this badge; printing again keeps the same code</source>
            <translation>Print this badge; printing again keeps the same code</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>A new badge gets a new code and the old badge is refused from now on. Do this only for a lost or stolen badge; to print the same badge again, use Print.</source>
            <translation>A new badge gets a new code and the old badge is refused from now on. Do this only for a lost or stolen badge; to print the same badge again, use Print.</translation>
        </message>
        <message>
            <source>Reason (optional), e.g. “lost on the bus”</source>
            <translation>Reason (optional), e.g. “lost on the bus”</translation>
        </message>
        <message>
            <source>Reissue the badge</source>
            <translation>Reissue the badge</translation>
        </message>
        <message>
            <source>Keep the current badge</source>
            <translation>Keep the current badge</translation>
        </message>
        <message>
            <source>{kind} · day pass valid on {day} only</source>
            <translation>{kind} · day pass valid on {day} only</translation>
        </message>
        <message>
            <source>{kind} · badge issued on {day}, valid until revoked</source>
            <translation>{kind} · badge issued on {day}, valid until revoked</translation>
        </message>
        <message>
            <source>Exactly what prints ({format})</source>
            <translation>Exactly what prints ({format})</translation>
        </message>
        <message>
            <source>Badge of {name}</source>
            <translation>Badge of {name}</translation>
        </message>
        <message>
            <source>Sent to the printer {printer}.</source>
            <translation>Sent to the printer {printer}.</translation>
        </message>
        <message>
            <source>Saved as {path}</source>
            <translation>Saved as {path}</translation>
        </message>
        <message>
            <source>New badge made: the old badge no longer works. Print the new one now.</source>
            <translation>New badge made: the old badge no longer works. Print the new one now.</translation>
        </message>
        <message>
            <source>No badge</source>
            <translation>No badge</translation>
        </message>
        <message>
            <source>Print &amp;badge…</source>
            <translation>Print &amp;badge…</translation>
        </message>
        <message>
            <source>Print, save or reissue the badge of the person on the card</source>
            <translation>Print, save or reissue the badge of the person on the card</translation>
        </message>
    </context>
    <context>
        <name>ChildAlarmDialog</name>
        <message>
            <source>Children still inside after closing</source>
            <translation>Children still inside after closing</translation>
        </message>
        <message>
            <source>ALARM: children are still inside after closing</source>
            <translation>ALARM: children are still inside after closing</translation>
        </message>
        <message>
            <source>What was done? e.g. called the mother, she arrives at 20:00</source>
            <translation>What was done? e.g. called the mother, she arrives at 20:00</translation>
        </message>
        <message>
            <source>Taken in hand</source>
            <translation>Taken in hand</translation>
        </message>
        <message>
            <source>The alarm stays until an educator writes what was done:</source>
            <translation>The alarm stays until an educator writes what was done:</translation>
        </message>
        <message>
            <source>{name}, inside {since}, brought by {brought}.
Call: {adults}</source>
            <translation>{name}, inside {since}, brought by {brought}.
Call: {adults}</translation>
        </message>
        <message>
            <source>{name}, in since {time}, brought by {brought}.
Call: {adults}</source>
            <translation>{name}, in since {time}, brought by {brought}.
Call: {adults}</translation>
        </message>
        <message>
            <source>That was a scanned code, not a note: write what was done for the child.</source>
            <translation>That was a scanned code, not a note: write what was done for the child.</translation>
        </message>
    </context>
    <context>
        <name>ChildEditDialog</name>
        <message>
            <source>{name}: guardians and details</source>
            <translation>{name}: guardians and details</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>not known</translation>
        </message>
        <message>
            <source>No guardian is linked to this child.</source>
            <translation>No guardian is linked to this child.</translation>
        </message>
        <message>
            <source>Guardians</source>
            <translation>Guardians</translation>
        </message>
        <message>
            <source>Changes to the guardians are saved at once. To change how an adult is linked, find them again and choose. Only a manager authorises an adult to collect (a one-day authorisation ends at closing).</source>
            <translation>Changes to the guardians are saved at once. To change how an adult is linked, find them again and choose. Only a manager authorises an adult to collect (a one-day authorisation ends at closing).</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Child</translation>
        </message>
        <message>
            <source>The privacy notice was never shown to the guardian:</source>
            <translation>The privacy notice was never shown to the guardian:</translation>
        </message>
        <message>
            <source>A new privacy notice was published since: show it again:</source>
            <translation>A new privacy notice was published since: show it again:</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Save changes</translation>
        </message>
        <message>
            <source>Save the name, birth date, notes and photo consent (the guardians are saved already)</source>
            <translation>Save the name, birth date, notes and photo consent (the guardians are saved already)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Authorise {adult} to collect {child} today only, until closing.</source>
            <translation>Authorise {adult} to collect {child} today only, until closing.</translation>
        </message>
        <message>
            <source>Authorise {adult} to collect {child}.</source>
            <translation>Authorise {adult} to collect {child}.</translation>
        </message>
        <message>
            <source>Write the child's name.</source>
            <translation>Write the child's name.</translation>
        </message>
        <message>
            <source>Write the birth date as day/month/year, for example 14/09/2025.</source>
            <translation>Write the birth date as day/month/year, for example 14/09/2025.</translation>
        </message>
    </context>
    <context>
        <name>ChildForm</name>
        <message>
            <source>First and last name</source>
            <translation>First and last name</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>dd/mm/yyyy</translation>
        </message>
        <message>
            <source>Day, month, year: 14/09/2025, 14.9.25 or 14092025</source>
            <translation>Day, month, year: 14/09/2025, 14.9.25 or 14092025</translation>
        </message>
        <message>
            <source>Allergies, intolerances, medicines… (optional)</source>
            <translation>Allergies, intolerances, medicines… (optional)</translation>
        </message>
        <message>
            <source>Health data: shown on screen to signed-in desk staff only, never printed (the child's label carries only a warning mark).</source>
            <translation>Health data: shown on screen to signed-in desk staff only, never printed (the child's label carries only a warning mark).</translation>
        </message>
        <message>
            <source>The guardians allow photos of the child</source>
            <translation>The guardians allow photos of the child</translation>
        </message>
        <message>
            <source>&amp;Name *</source>
            <translation>&amp;Name *</translation>
        </message>
        <message>
            <source>&amp;Born on *</source>
            <translation>&amp;Born on *</translation>
        </message>
        <message>
            <source>&amp;Allergies / medical notes</source>
            <translation>&amp;Allergies / medical notes</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Day, month, year: for example 14/09/2025.</source>
            <translation>Day, month, year: for example 14/09/2025.</translation>
        </message>
        <message>
            <source>The age and its band appear as you type.</source>
            <translation>The age and its band appear as you type.</translation>
        </message>
    </context>
    <context>
        <name>ChildRegistrationDialog</name>
        <message>
            <source>New child</source>
            <translation>New child</translation>
        </message>
        <message>
            <source>No guardian yet: find the adults who bring and collect the child above. Every authorised one needs a phone number.</source>
            <translation>No guardian yet: find the adults who bring and collect the child above. Every authorised one needs a phone number.</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Child</translation>
        </message>
        <message>
            <source>Privacy notice (show it to the guardian):</source>
            <translation>Privacy notice (show it to the guardian):</translation>
        </message>
        <message>
            <source>Guardians</source>
            <translation>Guardians</translation>
        </message>
        <message>
            <source>Adults already known to the desk. A one-day authorisation (“only today: grandma”) is added later from the child's card, by a manager.</source>
            <translation>Adults already known to the desk. A one-day authorisation (“only today: grandma”) is added later from the child's card, by a manager.</translation>
        </message>
        <message>
            <source>Register the child</source>
            <translation>Register the child</translation>
        </message>
        <message>
            <source>Register the child with their guardians; the drop-off (F6) checks them in</source>
            <translation>Register the child with their guardians; the drop-off (F6) checks them in</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Write the child's name.</source>
            <translation>Write the child's name.</translation>
        </message>
        <message>
            <source>Write the birth date as day/month/year, for example 14/09/2025.</source>
            <translation>Write the birth date as day/month/year, for example 14/09/2025.</translation>
        </message>
        <message>
            <source>Add at least one adult authorised for pickup: type their name under Guardians and press Enter.</source>
            <translation>Add at least one adult authorised for pickup: type their name under Guardians and press Enter.</translation>
        </message>
        <message>
            <source>{name} has no phone number: find them again and add it, or mark them not authorised.</source>
            <translation>{name} has no phone number: find them again and add it, or mark them not authorised.</translation>
        </message>
        <message>
            <source>Show the privacy notice to the guardian and tick the box.</source>
            <translation>Show the privacy notice to the guardian and tick the box.</translation>
        </message>
        <message>
            <source>A child with this name is already registered: {names}. Find them with the search to see their card, or press “Register anyway” for a different child.</source>
            <translation>A child with this name is already registered: {names}. Find them with the search to see their card, or press “Register anyway” for a different child.</translation>
        </message>
        <message>
            <source>Register anyway</source>
            <translation>Register anyway</translation>
        </message>
        <message>
            <source>{name} is registered</source>
            <translation>{name} is registered</translation>
        </message>
        <message>
            <source>Not checked in yet: when a guardian brings {name}, use the drop-off (F6).</source>
            <translation>Not checked in yet: when a guardian brings {name}, use the drop-off (F6).</translation>
        </message>
    </context>
    <context>
        <name>ChildrenModel</name>
        <message>
            <source>Child</source>
            <translation>Child</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>In since</source>
            <translation>In since</translation>
        </message>
        <message>
            <source>Brought by</source>
            <translation>Brought by</translation>
        </message>
        <message>
            <source>May collect (phone)</source>
            <translation>May collect (phone)</translation>
        </message>
        <message>
            <source>Pickup by</source>
            <translation>Pickup by</translation>
        </message>
        <message>
            <source>Allergies</source>
            <translation>Allergies</translation>
        </message>
        <message>
            <source>Allergy</source>
            <translation>Allergy</translation>
        </message>
        <message>
            <source>{time} — late</source>
            <translation>{time} — late</translation>
        </message>
        <message>
            <source>Allergy or medical notes: shown to signed-in desk staff.</source>
            <translation>Allergy or medical notes: shown to signed-in desk staff.</translation>
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
            <source>The newest {count} daily backups are kept, and one a week before them.</source>
            <translation>The newest {count} daily backups are kept, and one a week before them.</translation>
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
            <source>Every desk on this database needs the audit key {path}: copy it to each desk's data folder (or point SERRE_DESK_AUDIT_KEY_FILE at it).</source>
            <translation>Every desk on this database needs the audit key {path}: copy it to each desk's data folder (or point SERRE_DESK_AUDIT_KEY_FILE at it).</translation>
        </message>
        <message>
            <source>PostgreSQL {version} at {url}: schema created (revision {revision}).</source>
            <translation>PostgreSQL {version} at {url}: schema created (revision {revision}).</translation>
        </message>
        <message>
            <source>PostgreSQL {version} at {url}: schema brought up to revision {revision}.</source>
            <translation>PostgreSQL {version} at {url}: schema brought up to revision {revision}.</translation>
        </message>
        <message>
            <source>PostgreSQL {version} at {url}: schema already at revision {revision}.</source>
            <translation>PostgreSQL {version} at {url}: schema already at revision {revision}.</translation>
        </message>
        <message>
            <source>Added desk user {name} ({role}).</source>
            <translation>Added desk user {name} ({role}).</translation>
        </message>
        <message>
            <source>The database has desk users already: no manager was added.</source>
            <translation>The database has desk users already: no manager was added.</translation>
        </message>
        <message>
            <source>Copied into {url}:</source>
            <translation>Copied into {url}:</translation>
        </message>
        <message>
            <source>rows</source>
            <translation>rows</translation>
        </message>
        <message>
            <source>Audit chain on the target: whole, {count} events checked.</source>
            <translation>Audit chain on the target: whole, {count} events checked.</translation>
        </message>
        <message>
            <source>Audit chain on the target: {count} events checked, broken as on the source.</source>
            <translation>Audit chain on the target: {count} events checked, broken as on the source.</translation>
        </message>
        <message>
            <source>Counts and checksums match the source; done in {seconds:.1f} s.</source>
            <translation>Counts and checksums match the source; done in {seconds:.1f} s.</translation>
        </message>
        <message>
            <source>encrypted (TLS)</source>
            <translation>encrypted (TLS)</translation>
        </message>
        <message>
            <source>not encrypted</source>
            <translation>not encrypted</translation>
        </message>
        <message>
            <source>Connected to PostgreSQL {version} at {url}, {tls}.</source>
            <translation>Connected to PostgreSQL {version} at {url}, {tls}.</translation>
        </message>
        <message>
            <source>Saved the entry [{service}] in {file}.</source>
            <translation>Saved the entry [{service}] in {file}.</translation>
        </message>
        <message>
            <source>Saved the password in {file} (readable by this user only).</source>
            <translation>Saved the password in {file} (readable by this user only).</translation>
        </message>
        <message>
            <source>The desks on this PC use: --db {url}</source>
            <translation>The desks on this PC use: --db {url}</translation>
        </message>
        <message>
            <source>This desk is {name} ({kind}).</source>
            <translation>This desk is {name} ({kind}).</translation>
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
            <source>ALARM: {kind}</source>
            <translation>ALARM: {kind}</translation>
        </message>
        <message>
            <source>The pickup locks after {count} wrong codes.</source>
            <translation>The pickup locks after {count} wrong codes.</translation>
        </message>
        <message>
            <source>A one-day authorisation needs a manager.</source>
            <translation>A one-day authorisation needs a manager.</translation>
        </message>
        <message>
            <source>Any desk user may authorise an adult for one day.</source>
            <translation>Any desk user may authorise an adult for one day.</translation>
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
            <source>Database overwritten:</source>
            <translation>Database overwritten:</translation>
        </message>
        <message>
            <source>Attendance sheets written again:</source>
            <translation>Attendance sheets written again:</translation>
        </message>
        <message>
            <source>Earlier sheet revisions deleted:</source>
            <translation>Earlier sheet revisions deleted:</translation>
        </message>
        <message>
            <source>Backups rewritten:</source>
            <translation>Backups rewritten:</translation>
        </message>
        <message>
            <source>Backups that could not be rewritten (delete them):</source>
            <translation>Backups that could not be rewritten (delete them):</translation>
        </message>
        <message>
            <source>Saved emergency lists deleted:</source>
            <translation>Saved emergency lists deleted:</translation>
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
            <source>Privacy notice version {version}, published {when}.</source>
            <translation>Privacy notice version {version}, published {when}.</translation>
        </message>
        <message>
            <source>Privacy notice version {version}, as shipped with the desk.</source>
            <translation>Privacy notice version {version}, as shipped with the desk.</translation>
        </message>
        <message>
            <source>Recovery code for {name}: {code}</source>
            <translation>Recovery code for {name}: {code}</translation>
        </message>
        <message>
            <source>Keep it on paper in a safe place: it is shown only now, and lets {name} set a new password when locked out (serre-desk user recover {name}).</source>
            <translation>Keep it on paper in a safe place: it is shown only now, and lets {name} set a new password when locked out (serre-desk user recover {name}).</translation>
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
            <source>{name} is deactivated.</source>
            <translation>{name} is deactivated.</translation>
        </message>
        <message>
            <source>{name} is active again, with a new secret.</source>
            <translation>{name} is active again, with a new secret.</translation>
        </message>
        <message>
            <source>New recovery code for {name}: the old one no longer works.</source>
            <translation>New recovery code for {name}: the old one no longer works.</translation>
        </message>
        <message>
            <source>{name} has a new password and is unlocked; the recovery code is used up.</source>
            <translation>{name} has a new password and is unlocked; the recovery code is used up.</translation>
        </message>
        <message>
            <source>The desk locks after {minutes} idle minutes.</source>
            <translation>The desk locks after {minutes} idle minutes.</translation>
        </message>
        <message>
            <source>Badges check people in and out while the desk is locked.</source>
            <translation>Badges check people in and out while the desk is locked.</translation>
        </message>
        <message>
            <source>While the desk is locked, a scan says the desk is unattended.</source>
            <translation>While the desk is locked, a scan says the desk is unattended.</translation>
        </message>
        <message>
            <source>(amber from {percent} %)</source>
            <translation>(amber from {percent} %)</translation>
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
            <source>The archived attendance sheets could not be written again: {error}</source>
            <translation>The archived attendance sheets could not be written again: {error}</translation>
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
        <message numerus="yes">
            <source>%n child(ren)</source>
            <translation>
                <numerusform>%n child</numerusform>
                <numerusform>%n children</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n educator(s)</source>
            <translation>
                <numerusform>%n educator</numerusform>
                <numerusform>%n educators</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%n needed)</source>
            <translation>
                <numerusform> (%n needed)</numerusform>
                <numerusform> (%n needed)</numerusform>
            </translation>
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
        <message numerus="yes">
            <source>%n person(s) still inside checked out automatically (marked “automatic check-out” on the attendance sheet).</source>
            <translation>
                <numerusform>%n person still inside was checked out automatically (marked “automatic check-out” on the attendance sheet).</numerusform>
                <numerusform>%n people still inside were checked out automatically (marked “automatic check-out” on the attendance sheet).</numerusform>
            </translation>
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
        <name>ClosingScheduler</name>
        <message numerus="yes">
            <source>Close the day now? %n adult(s) still inside will be checked out and marked “automatic check-out”.</source>
            <translation>
                <numerusform>Close the day now? %n adult still inside will be checked out and marked “automatic check-out”.</numerusform>
                <numerusform>Close the day now? %n adults still inside will be checked out and marked “automatic check-out”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Children are never checked out automatically: %n child(ren) stay inside ({names}).</source>
            <translation>
                <numerusform>Children are never checked out automatically: %n child stays inside ({names}).</numerusform>
                <numerusform>Children are never checked out automatically: %n children stay inside ({names}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Educators staying with them: {names}.</source>
            <translation>Educators staying with them: {names}.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionPage</name>
        <message>
            <source>Desk database</source>
            <translation>Desk database</translation>
        </message>
        <message>
            <source>Several desks (the entrance, the kids' room, the office) can share one PostgreSQL database on a computer of the venue. The connection is kept the way PostgreSQL's own tools keep it; the password goes into a file only this computer's user can read, never into the desk's settings or its log.</source>
            <translation>Several desks (the entrance, the kids' room, the office) can share one PostgreSQL database on a computer of the venue. The connection is kept the way PostgreSQL's own tools keep it; the password goes into a file only this computer's user can read, never into the desk's settings or its log.</translation>
        </message>
        <message>
            <source>This desk now</source>
            <translation>This desk now</translation>
        </message>
        <message>
            <source>Use this PC's own database</source>
            <translation>Use this PC's own database</translation>
        </message>
        <message>
            <source>From the next start, this desk opens its own database file again</source>
            <translation>From the next start, this desk opens its own database file again</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>e.g. office-pc or 192.168.1.20</source>
            <translation>e.g. office-pc or 192.168.1.20</translation>
        </message>
        <message>
            <source>&amp;Server</source>
            <translation>&amp;Server</translation>
        </message>
        <message>
            <source>&amp;Port</source>
            <translation>&amp;Port</translation>
        </message>
        <message>
            <source>&amp;Database</source>
            <translation>&amp;Database</translation>
        </message>
        <message>
            <source>&amp;User</source>
            <translation>&amp;User</translation>
        </message>
        <message>
            <source>Pass&amp;word</source>
            <translation>Pass&amp;word</translation>
        </message>
        <message>
            <source>&amp;Encryption (TLS)</source>
            <translation>&amp;Encryption (TLS)</translation>
        </message>
        <message>
            <source>&amp;Test the connection</source>
            <translation>&amp;Test the connection</translation>
        </message>
        <message>
            <source>Connect once with these values; nothing is saved</source>
            <translation>Connect once with these values; nothing is saved</translation>
        </message>
        <message>
            <source>Result of the test</source>
            <translation>Result of the test</translation>
        </message>
        <message>
            <source>&amp;Copy this desk's data there</source>
            <translation>&amp;Copy this desk's data there</translation>
        </message>
        <message>
            <source>Prepare the empty database and copy people, visits, badges, users, settings and the audit into it; this PC's file stays as it is</source>
            <translation>Prepare the empty database and copy people, visits, badges, users, settings and the audit into it; this PC's file stays as it is</translation>
        </message>
        <message>
            <source>Save and use this server</source>
            <translation>Save and use this server</translation>
        </message>
        <message>
            <source>Test, keep the connection and use it from the desk's next start (Enter)</source>
            <translation>Test, keep the connection and use it from the desk's next start (Enter)</translation>
        </message>
        <message>
            <source>Never encrypted</source>
            <translation>Never encrypted</translation>
        </message>
        <message>
            <source>Encrypted only if the server insists</source>
            <translation>Encrypted only if the server insists</translation>
        </message>
        <message>
            <source>Encrypted when the server offers it</source>
            <translation>Encrypted when the server offers it</translation>
        </message>
        <message>
            <source>Always encrypted</source>
            <translation>Always encrypted</translation>
        </message>
        <message>
            <source>Always encrypted, the server's certificate checked</source>
            <translation>Always encrypted, the server's certificate checked</translation>
        </message>
        <message>
            <source>Always encrypted, certificate and server name checked</source>
            <translation>Always encrypted, certificate and server name checked</translation>
        </message>
        <message>
            <source>This desk uses this PC's own database: {file}.</source>
            <translation>This desk uses this PC's own database: {file}.</translation>
        </message>
        <message>
            <source>This desk uses the database on the server: {database}.</source>
            <translation>This desk uses the database on the server: {database}.</translation>
        </message>
        <message>
            <source>Kept for PostgreSQL's tools too (psql service={service}): the entry in {services}, the password in {passwords}, readable by this computer's user only.</source>
            <translation>Kept for PostgreSQL's tools too (psql service={service}): the entry in {services}, the password in {passwords}, readable by this computer's user only.</translation>
        </message>
        <message>
            <source>Saved: leave empty to keep it</source>
            <translation>Saved: leave empty to keep it</translation>
        </message>
        <message>
            <source>This desk was started with a database address (--db or SERRE_DESK_DB_URL): it wins over the choice saved here.</source>
            <translation>This desk was started with a database address (--db or SERRE_DESK_DB_URL): it wins over the choice saved here.</translation>
        </message>
        <message>
            <source>From its next start: {database}.</source>
            <translation>From its next start: {database}.</translation>
        </message>
        <message>
            <source>Write the server's name or address.</source>
            <translation>Write the server's name or address.</translation>
        </message>
        <message>
            <source>Write the database's name.</source>
            <translation>Write the database's name.</translation>
        </message>
        <message>
            <source>Write the database user (its role).</source>
            <translation>Write the database user (its role).</translation>
        </message>
        <message>
            <source>Connecting to {server}…</source>
            <translation>Connecting to {server}…</translation>
        </message>
        <message>
            <source>encrypted (TLS)</source>
            <translation>encrypted (TLS)</translation>
        </message>
        <message>
            <source>not encrypted</source>
            <translation>not encrypted</translation>
        </message>
        <message>
            <source>Connected: PostgreSQL {version}, {tls}.</source>
            <translation>Connected: PostgreSQL {version}, {tls}.</translation>
        </message>
        <message>
            <source>The database is empty: it needs preparing.</source>
            <translation>The database is empty: it needs preparing.</translation>
        </message>
        <message>
            <source>The database is a desk's, ready to use.</source>
            <translation>The database is a desk's, ready to use.</translation>
        </message>
        <message>
            <source>The database is an older desk's: the first desk that opens it brings it up to date.</source>
            <translation>The database is an older desk's: the first desk that opens it brings it up to date.</translation>
        </message>
        <message>
            <source>The database was made by a newer Serre Desk: update this desk before using it.</source>
            <translation>The database was made by a newer Serre Desk: update this desk before using it.</translation>
        </message>
        <message>
            <source>Copy this desk's data there, or prepare it with serre-desk db init, before the desks use it.</source>
            <translation>Copy this desk's data there, or prepare it with serre-desk db init, before the desks use it.</translation>
        </message>
        <message>
            <source>Prepare it with serre-desk db init before the desks use it.</source>
            <translation>Prepare it with serre-desk db init before the desks use it.</translation>
        </message>
        <message>
            <source>Saved as the entry [{service}] of {file}. The desk uses this server from its next start: close Serre Desk and open it again.</source>
            <translation>Saved as the entry [{service}] of {file}. The desk uses this server from its next start: close Serre Desk and open it again.</translation>
        </message>
        <message>
            <source>From its next start this desk uses this PC's own database again ({file}). The server's entry stays, for PostgreSQL's tools.</source>
            <translation>From its next start this desk uses this PC's own database again ({file}). The server's entry stays, for PostgreSQL's tools.</translation>
        </message>
        <message>
            <source>Copy this desk's data</source>
            <translation>Copy this desk's data</translation>
        </message>
        <message>
            <source>Copy everything of this desk (people, visits, badges, guardians, users, settings and the audit) into the database {database} on {server}?

It is checked table by table; this PC's file is not changed.</source>
            <translation>Copy everything of this desk (people, visits, badges, guardians, users, settings and the audit) into the database {database} on {server}?

It is checked table by table; this PC's file is not changed.</translation>
        </message>
        <message>
            <source>Copy the data</source>
            <translation>Copy the data</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Not now</translation>
        </message>
        <message>
            <source>Copying…</source>
            <translation>Copying…</translation>
        </message>
        <message>
            <source>Copying… {table}: {rows} rows</source>
            <translation>Copying… {table}: {rows} rows</translation>
        </message>
        <message>
            <source>Copied: {people} people, {visits} visits, {events} audit events, in {seconds:.1f} s; counts and checksums match. Other desks on this database need the audit key {key} in their data folder.</source>
            <translation>Copied: {people} people, {visits} visits, {events} audit events, in {seconds:.1f} s; counts and checksums match. Other desks on this database need the audit key {key} in their data folder.</translation>
        </message>
    </context>
    <context>
        <name>DailyDuties</name>
        <message>
            <source>The database is damaged</source>
            <translation>The database is damaged</translation>
        </message>
        <message>
            <source>Today's backup was not taken</source>
            <translation>Today's backup was not taken</translation>
        </message>
        <message>
            <source>{reason} The desk tries again in a few minutes; nothing recorded is lost.</source>
            <translation>{reason} The desk tries again in a few minutes; nothing recorded is lost.</translation>
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
        <name>DatabaseProblemPanel</name>
        <message>
            <source>The desk cannot use its database</source>
            <translation>The desk cannot use its database</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Retry</translation>
        </message>
        <message>
            <source>Open the backup folder</source>
            <translation>Open the backup folder</translation>
        </message>
        <message>
            <source>Restore the latest good backup</source>
            <translation>Restore the latest good backup</translation>
        </message>
        <message>
            <source>Replace the database</source>
            <translation>Replace the database</translation>
        </message>
        <message>
            <source>Keep it as it is</source>
            <translation>Keep it as it is</translation>
        </message>
        <message>
            <source>Nothing was overwritten: the damaged file stays as it is.</source>
            <translation>Nothing was overwritten: the damaged file stays as it is.</translation>
        </message>
        <message>
            <source>Nothing recorded was lost.</source>
            <translation>Nothing recorded was lost.</translation>
        </message>
        <message>
            <source>The latest good backup is from {when}.</source>
            <translation>The latest good backup is from {when}.</translation>
        </message>
        <message>
            <source>Backups are in {folder}.</source>
            <translation>Backups are in {folder}.</translation>
        </message>
        <message>
            <source>Replace the database with the backup of {when} ({name})? What was recorded after it is not in it. The damaged file is kept in the backup folder.</source>
            <translation>Replace the database with the backup of {when} ({name})? What was recorded after it is not in it. The damaged file is kept in the backup folder.</translation>
        </message>
    </context>
    <context>
        <name>DatabaseRecovery</name>
        <message>
            <source>Serre Desk — the database needs attention</source>
            <translation>Serre Desk — the database needs attention</translation>
        </message>
        <message>
            <source>Something unexpected happened: the details are in the log file. Nothing was deleted.</source>
            <translation>Something unexpected happened: the details are in the log file. Nothing was deleted.</translation>
        </message>
    </context>
    <context>
        <name>DbCopy</name>
        <message>
            <source>{file} stays as it was. Once this desk uses the server, every erasure and retention on the server also reaches this file and the backups in {folder}, at the latest at this desk's next daily privacy run.</source>
            <translation>{file} stays as it was. Once this desk uses the server, every erasure and retention on the server also reaches this file and the backups in {folder}, at the latest at this desk's next daily privacy run.</translation>
        </message>
    </context>
    <context>
        <name>Desk</name>
        <message>
            <source>Kids' space — educators</source>
            <translation>Kids' space — educators</translation>
        </message>
        <message>
            <source>&amp;Kids' space</source>
            <translation>&amp;Kids' space</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
    </context>
    <context>
        <name>DeskLock</name>
        <message>
            <source>Sign in to start the desk</source>
            <translation>Sign in to start the desk</translation>
        </message>
        <message>
            <source>The desk is locked</source>
            <translation>The desk is locked</translation>
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
            <translation>F2 new visitor · Ctrl+F search · Enter check in/out · Ctrl+Z undo · F6 drop-off · F7 pickup · F9 emergency list · Esc ready to scan</translation>
        </message>
        <message>
            <source>Recent events</source>
            <translation>Recent events</translation>
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
            <source>Check &amp;in/out from the list</source>
            <translation>Check &amp;in/out from the list</translation>
        </message>
        <message>
            <source>Check the chosen person in, or out if inside</source>
            <translation>Check the chosen person in, or out if inside</translation>
        </message>
        <message>
            <source>Check in/out from the &amp;card</source>
            <translation>Check in/out from the &amp;card</translation>
        </message>
        <message>
            <source>Check this person in, or out if inside</source>
            <translation>Check this person in, or out if inside</translation>
        </message>
        <message>
            <source>Check in/out</source>
            <translation>Check in/out</translation>
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
            <source>&amp;Authorise with a manager…</source>
            <translation>&amp;Authorise with a manager…</translation>
        </message>
        <message>
            <source>A manager authorises the check-in just refused (a full area), with a reason</source>
            <translation>A manager authorises the check-in just refused (a full area), with a reason</translation>
        </message>
        <message>
            <source>&amp;Lock the desk</source>
            <translation>&amp;Lock the desk</translation>
        </message>
        <message>
            <source>Hide every name until a desk user signs in (e.g. to change shift)</source>
            <translation>Hide every name until a desk user signs in (e.g. to change shift)</translation>
        </message>
        <message>
            <source>&amp;Audit log</source>
            <translation>&amp;Audit log</translation>
        </message>
        <message>
            <source>Browse and verify the audit log (managers)</source>
            <translation>Browse and verify the audit log (managers)</translation>
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
            <source>manager</source>
            <translation>manager</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>staff</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>administrator</translation>
        </message>
        <message>
            <source>Desk: {user}</source>
            <translation>Desk: {user}</translation>
        </message>
        <message>
            <source>Signed in at this desk: {user} ({role})</source>
            <translation>Signed in at this desk: {user} ({role})</translation>
        </message>
        <message>
            <source>Who is inside {area} now</source>
            <translation>Who is inside {area} now</translation>
        </message>
        <message numerus="yes">
            <source>%n child(ren)</source>
            <translation>
                <numerusform>%n child</numerusform>
                <numerusform>%n children</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n educator(s)</source>
            <translation>
                <numerusform>%n educator</numerusform>
                <numerusform>%n educators</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DropOffDialog</name>
        <message>
            <source>Drop-off</source>
            <translation>Drop-off</translation>
        </message>
        <message>
            <source>Scan the guardian's badge or type their name</source>
            <translation>Scan the guardian's badge or type their name</translation>
        </message>
        <message>
            <source>No guardian chosen yet.</source>
            <translation>No guardian chosen yet.</translation>
        </message>
        <message>
            <source>Expected pickup at</source>
            <translation>Expected pickup at</translation>
        </message>
        <message>
            <source>Guardian</source>
            <translation>Guardian</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>Children</translation>
        </message>
        <message>
            <source>A manager can check the children in anyway, with a written reason; the check-in is recorded as an override.</source>
            <translation>A manager can check the children in anyway, with a written reason; the check-in is recorded as an override.</translation>
        </message>
        <message>
            <source>Check in with a manager's override</source>
            <translation>Check in with a manager's override</translation>
        </message>
        <message>
            <source>Check in and print</source>
            <translation>Check in and print</translation>
        </message>
        <message>
            <source>Print again</source>
            <translation>Print again</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Brought by {name}</source>
            <translation>Brought by {name}</translation>
        </message>
        <message>
            <source>{name} · {age}</source>
            <translation>{name} · {age}</translation>
        </message>
        <message>
            <source>{child} (already inside)</source>
            <translation>{child} (already inside)</translation>
        </message>
        <message>
            <source>No child to bring</source>
            <translation>No child to bring</translation>
        </message>
        <message>
            <source>{name} is not authorised for any child. A guardian is added to the child's details first.</source>
            <translation>{name} is not authorised for any child. A guardian is added to the child's details first.</translation>
        </message>
        <message>
            <source>Check children in past the capacity or the ratio: {reason}</source>
            <translation>Check children in past the capacity or the ratio: {reason}</translation>
        </message>
        <message>
            <source>Checked in: printing the labels…</source>
            <translation>Checked in: printing the labels…</translation>
        </message>
        <message>
            <source>Not checked in</source>
            <translation>Not checked in</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Not found</translation>
        </message>
        <message>
            <source>Printing again…</source>
            <translation>Printing again…</translation>
        </message>
        <message>
            <source>The same codes are printed again.</source>
            <translation>The same codes are printed again.</translation>
        </message>
        <message>
            <source>The labels did not print: write down the codes</source>
            <translation>The labels did not print: write down the codes</translation>
        </message>
        <message>
            <source>{why} Tell the guardian the code, and print the labels again when the printer works: the codes stay the same.</source>
            <translation>{why} Tell the guardian the code, and print the labels again when the printer works: the codes stay the same.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
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
        <message>
            <source>A new privacy notice was published since: show it again:</source>
            <translation>A new privacy notice was published since: show it again:</translation>
        </message>
    </context>
    <context>
        <name>EmergencyList</name>
        <message>
            <source>Emergency list {time}</source>
            <translation>Emergency list {time}</translation>
        </message>
        <message>
            <source>Emergency list printed</source>
            <translation>Emergency list printed</translation>
        </message>
        <message>
            <source>Printed on {printer}.</source>
            <translation>Printed on {printer}.</translation>
        </message>
        <message>
            <source>Emergency list on screen</source>
            <translation>Emergency list on screen</translation>
        </message>
        <message>
            <source>Emergency list as of {time} (server away)</source>
            <translation>Emergency list as of {time} (server away)</translation>
        </message>
        <message>
            <source>Emergency list not made</source>
            <translation>Emergency list not made</translation>
        </message>
        <message>
            <source>&amp;Emergency list</source>
            <translation>&amp;Emergency list</translation>
        </message>
        <message>
            <source>Print everyone inside now, per area, for a roll call</source>
            <translation>Print everyone inside now, per area, for a roll call</translation>
        </message>
    </context>
    <context>
        <name>EmptyDeskOffers</name>
        <message>
            <source>{name} is the first manager</source>
            <translation>{name} is the first manager</translation>
        </message>
        <message>
            <source>The desk is signed in as {name}. From now on it locks after a few idle minutes and staff sign in with their own PIN.</source>
            <translation>The desk is signed in as {name}. From now on it locks after a few idle minutes and staff sign in with their own PIN.</translation>
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
        <name>FirstManagerBar</name>
        <message>
            <source>No desk user exists yet: anyone at this desk acts as administrator. Create the first manager to protect overrides and personal data.</source>
            <translation>No desk user exists yet: anyone at this desk acts as administrator. Create the first manager to protect overrides and personal data.</translation>
        </message>
        <message>
            <source>Create the first manager…</source>
            <translation>Create the first manager…</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Not now</translation>
        </message>
    </context>
    <context>
        <name>FirstManagerForm</name>
        <message>
            <source>No desk user exists yet: the desk runs as administrator. Create the first manager to protect overrides, corrections and personal data.</source>
            <translation>No desk user exists yet: the desk runs as administrator. Create the first manager to protect overrides, corrections and personal data.</translation>
        </message>
        <message>
            <source>Manager's name</source>
            <translation>Manager's name</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>at least 12 characters</source>
            <translation>at least 12 characters</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Password again</translation>
        </message>
        <message>
            <source>Create manager</source>
            <translation>Create manager</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>The two passwords differ.</translation>
        </message>
    </context>
    <context>
        <name>GuardianFinder</name>
        <message>
            <source>Type part of an adult's name</source>
            <translation>Type part of an adult's name</translation>
        </message>
        <message>
            <source>Find an adult</source>
            <translation>Find an adult</translation>
        </message>
        <message>
            <source>No adult with this name is known to the desk: register them first as a visitor (F2), then find them here.</source>
            <translation>No adult with this name is known to the desk: register them first as a visitor (F2), then find them here.</translation>
        </message>
        <message>
            <source>Authorised for pickup</source>
            <translation>Authorised for pickup</translation>
        </message>
        <message>
            <source>Add the chosen adult as authorised for pickup (Enter)</source>
            <translation>Add the chosen adult as authorised for pickup (Enter)</translation>
        </message>
        <message>
            <source>Not authorised</source>
            <translation>Not authorised</translation>
        </message>
        <message>
            <source>Add the chosen adult as explicitly not authorised to collect (Shift+Enter)</source>
            <translation>Add the chosen adult as explicitly not authorised to collect (Shift+Enter)</translation>
        </message>
        <message>
            <source>Only today…</source>
            <translation>Only today…</translation>
        </message>
        <message>
            <source>A manager authorises the chosen adult for today only, until closing (Ctrl+Enter)</source>
            <translation>A manager authorises the chosen adult for today only, until closing (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>e.g. +39 333 123 4567</source>
            <translation>e.g. +39 333 123 4567</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Phone number</translation>
        </message>
        <message>
            <source>Save the phone and add</source>
            <translation>Save the phone and add</translation>
        </message>
        <message>
            <source>{name} has no phone number: an adult authorised for pickup needs one. Write it here; it is saved in their details.</source>
            <translation>{name} has no phone number: an adult authorised for pickup needs one. Write it here; it is saved in their details.</translation>
        </message>
        <message>
            <source>Write the phone number first.</source>
            <translation>Write the phone number first.</translation>
        </message>
    </context>
    <context>
        <name>GuardianList</name>
        <message>
            <source>No phone number: add it in their details (Edit) before they can collect.</source>
            <translation>No phone number: add it in their details (Edit) before they can collect.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Remove {name} from the child's guardians</source>
            <translation>Remove {name} from the child's guardians</translation>
        </message>
    </context>
    <context>
        <name>Holiday</name>
        <message>
            <source>New Year's Day</source>
            <translation>New Year's Day</translation>
        </message>
        <message>
            <source>Epiphany</source>
            <translation>Epiphany</translation>
        </message>
        <message>
            <source>Easter Sunday</source>
            <translation>Easter Sunday</translation>
        </message>
        <message>
            <source>Easter Monday</source>
            <translation>Easter Monday</translation>
        </message>
        <message>
            <source>Liberation Day</source>
            <translation>Liberation Day</translation>
        </message>
        <message>
            <source>Labour Day</source>
            <translation>Labour Day</translation>
        </message>
        <message>
            <source>Republic Day</source>
            <translation>Republic Day</translation>
        </message>
        <message>
            <source>Assumption (Ferragosto)</source>
            <translation>Assumption (Ferragosto)</translation>
        </message>
        <message>
            <source>All Saints' Day</source>
            <translation>All Saints' Day</translation>
        </message>
        <message>
            <source>Immaculate Conception</source>
            <translation>Immaculate Conception</translation>
        </message>
        <message>
            <source>Christmas Day</source>
            <translation>Christmas Day</translation>
        </message>
        <message>
            <source>Saint Stephen's Day</source>
            <translation>Saint Stephen's Day</translation>
        </message>
        <message>
            <source>San Petronio (Bologna)</source>
            <translation>San Petronio (Bologna)</translation>
        </message>
        <message>
            <source>Saint Francis of Assisi</source>
            <translation>Saint Francis of Assisi</translation>
        </message>
        <message>
            <source>National Unity Day</source>
            <translation>National Unity Day</translation>
        </message>
    </context>
    <context>
        <name>HoursPage</name>
        <message>
            <source>Opening hours and closed days</source>
            <translation>Opening hours and closed days</translation>
        </message>
        <message>
            <source>At closing time adults still inside are checked out automatically; children never are. Evening events may still check people in after closing.</source>
            <translation>At closing time adults still inside are checked out automatically; children never are. Evening events may still check people in after closing.</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Every week</translation>
        </message>
        <message>
            <source>opens</source>
            <translation>opens</translation>
        </message>
        <message>
            <source>closes</source>
            <translation>closes</translation>
        </message>
        <message>
            <source>Closed days</source>
            <translation>Closed days</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Year </source>
            <translation>Year </translation>
        </message>
        <message>
            <source>Enter or double click: closed / open on that day</source>
            <translation>Enter or double click: closed / open on that day</translation>
        </message>
        <message>
            <source>Delete: open again on the chosen day</source>
            <translation>Delete: open again on the chosen day</translation>
        </message>
        <message>
            <source>Enter on a day in the calendar closes it or opens it again.</source>
            <translation>Enter on a day in the calendar closes it or opens it again.</translation>
        </message>
        <message>
            <source>Add the public holidays of {year}</source>
            <translation>Add the public holidays of {year}</translation>
        </message>
        <message>
            <source>No closed days in {year}.</source>
            <translation>No closed days in {year}.</translation>
        </message>
        <message>
            <source>The public holidays are marked: Save changes to keep them.</source>
            <translation>The public holidays are marked: Save changes to keep them.</translation>
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
            <translation>The database works normally.</translation>
        </message>
        <message>
            <source>Database problem</source>
            <translation>Database problem</translation>
        </message>
        <message numerus="yes">
            <source>%n alarm(s) in the kids' space</source>
            <translation>
                <numerusform>%n alarm in the kids' space</numerusform>
                <numerusform>%n alarms in the kids' space</numerusform>
            </translation>
        </message>
        <message>
            <source>Children inside, educators and alarms</source>
            <translation>Children inside, educators and alarms</translation>
        </message>
        <message numerus="yes">
            <source>ALARM: %n child(ren) still inside after closing</source>
            <translation>
                <numerusform>ALARM: %n child still inside after closing</numerusform>
                <numerusform>ALARM: %n children still inside after closing</numerusform>
            </translation>
        </message>
        <message>
            <source>See the kids' space tab: who, and who brought them.</source>
            <translation>See the kids' space tab: who, and who brought them.</translation>
        </message>
        <message numerus="yes">
            <source>ALARM: %n child(ren) still inside after closing. Sign in to see who.</source>
            <translation>
                <numerusform>ALARM: %n child still inside after closing. Sign in to see who.</numerusform>
                <numerusform>ALARM: %n children still inside after closing. Sign in to see who.</numerusform>
            </translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Printer</translation>
        </message>
        <message>
            <source>Last printed on {printer}.</source>
            <translation>Last printed on {printer}.</translation>
        </message>
        <message>
            <source>Not printed</source>
            <translation>Not printed</translation>
        </message>
        <message>
            <source>“{title}” was not printed: {why}</source>
            <translation>“{title}” was not printed: {why}</translation>
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
        <name>KidsDesk</name>
        <message>
            <source>This date is in the future.</source>
            <translation>This date is in the future.</translation>
        </message>
        <message>
            <source>The kids' space is for children up to {years}.</source>
            <translation>The kids' space is for children up to {years}.</translation>
        </message>
        <message>
            <source>{age} — band {band}</source>
            <translation>{age} — band {band}</translation>
        </message>
        <message>
            <source>Authorised for pickup</source>
            <translation>Authorised for pickup</translation>
        </message>
        <message>
            <source>Not authorised</source>
            <translation>Not authorised</translation>
        </message>
        <message>
            <source>Only today, until closing</source>
            <translation>Only today, until closing</translation>
        </message>
        <message>
            <source>Was authorised on {day} only</source>
            <translation>Was authorised on {day} only</translation>
        </message>
        <message>
            <source>no phone number</source>
            <translation>no phone number</translation>
        </message>
        <message>
            <source>(authorised by {user}, {day} {time})</source>
            <translation>(authorised by {user}, {day} {time})</translation>
        </message>
    </context>
    <context>
        <name>KidsPage</name>
        <message>
            <source>Kids' space</source>
            <translation>Kids' space</translation>
        </message>
        <message>
            <source>The kids' space refuses a child when the educators inside cannot cover one more at these ratios. Any staff member checked in there counts as an educator.</source>
            <translation>The kids' space refuses a child when the educators inside cannot cover one more at these ratios. Any staff member checked in there counts as an educator.</translation>
        </message>
        <message>
            <source>Children per educator</source>
            <translation>Children per educator</translation>
        </message>
        <message>
            <source> children</source>
            <translation> children</translation>
        </message>
        <message>
            <source>Pickup</source>
            <translation>Pickup</translation>
        </message>
        <message>
            <source> wrong codes</source>
            <translation> wrong codes</translation>
        </message>
        <message>
            <source>Lock the pickup after</source>
            <translation>Lock the pickup after</translation>
        </message>
        <message>
            <source>A one-day pickup authorisation needs a manager</source>
            <translation>A one-day pickup authorisation needs a manager</translation>
        </message>
        <message>
            <source>When on, staff ask a manager to approve an adult allowed for today only</source>
            <translation>When on, staff ask a manager to approve an adult allowed for today only</translation>
        </message>
    </context>
    <context>
        <name>KidsView</name>
        <message>
            <source>&amp;Drop-off…</source>
            <translation>&amp;Drop-off…</translation>
        </message>
        <message>
            <source>A guardian brings one child or several</source>
            <translation>A guardian brings one child or several</translation>
        </message>
        <message>
            <source>&amp;Pickup…</source>
            <translation>&amp;Pickup…</translation>
        </message>
        <message>
            <source>Release a child: slip code and collecting adult</source>
            <translation>Release a child: slip code and collecting adult</translation>
        </message>
        <message>
            <source>Print the labels &amp;again</source>
            <translation>Print the labels &amp;again</translation>
        </message>
        <message>
            <source>The chosen child's label and slip, same code</source>
            <translation>The chosen child's label and slip, same code</translation>
        </message>
        <message>
            <source>New &amp;child…</source>
            <translation>New &amp;child…</translation>
        </message>
        <message>
            <source>Register a child with their guardians (not checked in)</source>
            <translation>Register a child with their guardians (not checked in)</translation>
        </message>
        <message>
            <source>No child is inside.</source>
            <translation>No child is inside.</translation>
        </message>
        <message numerus="yes">
            <source>{area}: %n child(ren) of {capacity}</source>
            <translation>
                <numerusform>{area}: %n child of {capacity}</numerusform>
                <numerusform>{area}: %n children of {capacity}</numerusform>
            </translation>
        </message>
        <message>
            <source>Ratio broken — educators present: {present}, needed: {needed}</source>
            <translation>Ratio broken — educators present: {present}, needed: {needed}</translation>
        </message>
        <message>
            <source>Ratio kept — educators present: {present}, needed: {needed}</source>
            <translation>Ratio kept — educators present: {present}, needed: {needed}</translation>
        </message>
        <message>
            <source>No educator is inside.</source>
            <translation>No educator is inside.</translation>
        </message>
        <message>
            <source>Educators present:</source>
            <translation>Educators present:</translation>
        </message>
        <message>
            <source>{name}, {since}</source>
            <translation>{name}, {since}</translation>
        </message>
        <message>
            <source>{name}, since {time}</source>
            <translation>{name}, since {time}</translation>
        </message>
        <message>
            <source>Choose a child to see who may collect them.</source>
            <translation>Choose a child to see who may collect them.</translation>
        </message>
        <message>
            <source>Age: {age}</source>
            <translation>Age: {age}</translation>
        </message>
        <message>
            <source>May collect:</source>
            <translation>May collect:</translation>
        </message>
        <message>
            <source>shown to signed-in desk staff</source>
            <translation>shown to signed-in desk staff</translation>
        </message>
        <message>
            <source>⚠ Allergies / medical notes: {notes}</source>
            <translation>⚠ Allergies / medical notes: {notes}</translation>
        </message>
        <message>
            <source>Brought by {name}, {since}</source>
            <translation>Brought by {name}, {since}</translation>
        </message>
        <message>
            <source>Brought by {name} at {time}</source>
            <translation>Brought by {name} at {time}</translation>
        </message>
        <message>
            <source>Still inside after closing: {names}</source>
            <translation>Still inside after closing: {names}</translation>
        </message>
        <message numerus="yes">
            <source>Ratio broken: the children inside need %n educator(s)</source>
            <translation>
                <numerusform>Ratio broken: the children inside need %n educator</numerusform>
                <numerusform>Ratio broken: the children inside need %n educators</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n present</source>
            <translation>
                <numerusform>%n present</numerusform>
                <numerusform>%n present</numerusform>
            </translation>
        </message>
        <message>
            <source>Late pickup: {names}</source>
            <translation>Late pickup: {names}</translation>
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <source>Locked desk</source>
            <translation>Locked desk</translation>
        </message>
        <message>
            <source>The desk locks when nobody uses it for a few minutes, and hides every name. Children, pickups and refusals always wait for staff.</source>
            <translation>The desk locks when nobody uses it for a few minutes, and hides every name. Children, pickups and refusals always wait for staff.</translation>
        </message>
        <message>
            <source>While the desk is locked</source>
            <translation>While the desk is locked</translation>
        </message>
        <message>
            <source>Members' and guests' badges check them in and out (self-service)</source>
            <translation>Members' and guests' badges check them in and out (self-service)</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> minutes</translation>
        </message>
        <message>
            <source>Lock after</source>
            <translation>Lock after</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>The desk is locked</source>
            <translation>The desk is locked</translation>
        </message>
        <message>
            <source>Sign in to unlock</source>
            <translation>Sign in to unlock</translation>
        </message>
        <message>
            <source>Welcome, {name}!</source>
            <translation>Welcome, {name}!</translation>
        </message>
        <message>
            <source>Checked in · {area}</source>
            <translation>Checked in · {area}</translation>
        </message>
        <message>
            <source>Goodbye, {name}!</source>
            <translation>Goodbye, {name}!</translation>
        </message>
        <message>
            <source>Checked out · {area}</source>
            <translation>Checked out · {area}</translation>
        </message>
        <message>
            <source>Please ask at the desk</source>
            <translation>Please ask at the desk</translation>
        </message>
        <message>
            <source>Someone from the staff will help you shortly.</source>
            <translation>Someone from the staff will help you shortly.</translation>
        </message>
        <message>
            <source>The desk is unattended</source>
            <translation>The desk is unattended</translation>
        </message>
        <message>
            <source>Please wait: someone from the staff will be back shortly.</source>
            <translation>Please wait: someone from the staff will be back shortly.</translation>
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
            <translation>A manager is needed</translation>
        </message>
        <message>
            <source>Reason (kept in the audit log)</source>
            <translation>Reason (kept in the audit log)</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>A manager signs in for this action only; the desk stays signed in as it is.</source>
            <translation>A manager signs in for this action only; the desk stays signed in as it is.</translation>
        </message>
        <message>
            <source>Manager's approval</source>
            <translation>Manager's approval</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Write the reason first: it is kept in the audit log.</source>
            <translation>Write the reason first: it is kept in the audit log.</translation>
        </message>
    </context>
    <context>
        <name>MenuCommands</name>
        <message>
            <source>Nothing to undo</source>
            <translation>Nothing to undo</translation>
        </message>
        <message>
            <source>Only the last check-in or check-out of the past minute can be undone.</source>
            <translation>Only the last check-in or check-out of the past minute can be undone.</translation>
        </message>
        <message>
            <source>{reason}
A manager can check them in anyway; the check-in is recorded as an override.</source>
            <translation>{reason}
A manager can check them in anyway; the check-in is recorded as an override.</translation>
        </message>
        <message>
            <source>Whose badge?</source>
            <translation>Whose badge?</translation>
        </message>
        <message>
            <source>Find the person first (scan, or type their name), then press Ctrl+P.</source>
            <translation>Find the person first (scan, or type their name), then press Ctrl+P.</translation>
        </message>
        <message>
            <source>Close the day</source>
            <translation>Close the day</translation>
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
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>In a list: check the chosen person in or out</source>
            <translation>In a list: check the chosen person in or out</translation>
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
        <message numerus="yes">
            <source>%n from an earlier day, still inside ({since})</source>
            <translation>
                <numerusform>%n from an earlier day, still inside ({since})</numerusform>
                <numerusform>%n from an earlier day, still inside ({since})</numerusform>
            </translation>
        </message>
        <message>
            <source>{area}: {inside} inside out of {capacity} places</source>
            <translation>{area}: {inside} inside out of {capacity} places</translation>
        </message>
        <message numerus="yes">
            <source>%n educator(s) present</source>
            <translation>
                <numerusform>%n educator present</numerusform>
                <numerusform>%n educators present</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n needed</source>
            <translation>
                <numerusform>%n needed</numerusform>
                <numerusform>%n needed</numerusform>
            </translation>
        </message>
        <message>
            <source>Ratio not kept: call an educator</source>
            <translation>Ratio not kept: call an educator</translation>
        </message>
        <message>
            <source>ratio kept</source>
            <translation>ratio kept</translation>
        </message>
    </context>
    <context>
        <name>OverridePanel</name>
        <message>
            <source>Reason (kept in the audit log)</source>
            <translation>Reason (kept in the audit log)</translation>
        </message>
    </context>
    <context>
        <name>PdfViewer</name>
        <message>
            <source>This PDF cannot be read.</source>
            <translation>This PDF cannot be read.</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>Save a copy…</translation>
        </message>
        <message>
            <source>Open in the PDF viewer</source>
            <translation>Open in the PDF viewer</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
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
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Add entries or extend…</source>
            <translation>Add entries or extend…</translation>
        </message>
        <message>
            <source>A manager adds entries to the plan or extends it, with a reason</source>
            <translation>A manager adds entries to the plan or extends it, with a reason</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Born</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Privacy notice</source>
            <translation>Privacy notice</translation>
        </message>
        <message>
            <source>Guardians</source>
            <translation>Guardians</translation>
        </message>
        <message>
            <source>Guardians and details…</source>
            <translation>Guardians and details…</translation>
        </message>
        <message>
            <source>Add or remove guardians, a one-day authorisation, allergy notes, photo consent (Ctrl+E)</source>
            <translation>Add or remove guardians, a one-day authorisation, allergy notes, photo consent (Ctrl+E)</translation>
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
            <source>acknowledged on {date} — a new notice needs acknowledging</source>
            <translation>acknowledged on {date} — a new notice needs acknowledging</translation>
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
            <source>not known</source>
            <translation>not known</translation>
        </message>
        <message>
            <source>⚠ Allergies / medical notes: {notes}</source>
            <translation>⚠ Allergies / medical notes: {notes}</translation>
        </message>
        <message>
            <source>No allergy or medical notes.</source>
            <translation>No allergy or medical notes.</translation>
        </message>
        <message>
            <source>allowed</source>
            <translation>allowed</translation>
        </message>
        <message>
            <source>not allowed</source>
            <translation>not allowed</translation>
        </message>
        <message>
            <source>⚠ Nobody may collect this child now: add an authorised guardian.</source>
            <translation>⚠ Nobody may collect this child now: add an authorised guardian.</translation>
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
        <name>PickupDialog</name>
        <message>
            <source>Pickup</source>
            <translation>Pickup</translation>
        </message>
        <message>
            <source>Choose the child, or scan the slip</source>
            <translation>Choose the child, or scan the slip</translation>
        </message>
        <message>
            <source>Scan or type the code</source>
            <translation>Scan or type the code</translation>
        </message>
        <message>
            <source>Who is collecting?</source>
            <translation>Who is collecting?</translation>
        </message>
        <message>
            <source>Someone else? Type their name</source>
            <translation>Someone else? Type their name</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Child</translation>
        </message>
        <message>
            <source>Pickup code</source>
            <translation>Pickup code</translation>
        </message>
        <message>
            <source>Collecting adult</source>
            <translation>Collecting adult</translation>
        </message>
        <message>
            <source>A manager can override and release the child with a written reason; the release is recorded as an override.</source>
            <translation>A manager can override and release the child with a written reason; the release is recorded as an override.</translation>
        </message>
        <message>
            <source>Release with a manager's override</source>
            <translation>Release with a manager's override</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>Release</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>{name} · {age} · {since}</source>
            <translation>{name} · {age} · {since}</translation>
        </message>
        <message>
            <source>{name} · {age} · in at {time}</source>
            <translation>{name} · {age} · in at {time}</translation>
        </message>
        <message>
            <source>{name} · {phone} · authorised</source>
            <translation>{name} · {phone} · authorised</translation>
        </message>
        <message>
            <source>{name} · NOT authorised</source>
            <translation>{name} · NOT authorised</translation>
        </message>
        <message>
            <source>{name} · one-day authorisation expired</source>
            <translation>{name} · one-day authorisation expired</translation>
        </message>
        <message>
            <source>No child inside has this code</source>
            <translation>No child inside has this code</translation>
        </message>
        <message>
            <source>Check the slip, or choose the child from the list.</source>
            <translation>Check the slip, or choose the child from the list.</translation>
        </message>
        <message>
            <source>{name} · not linked to this child</source>
            <translation>{name} · not linked to this child</translation>
        </message>
        <message>
            <source>Release {child} without a matching pickup: {reason}</source>
            <translation>Release {child} without a matching pickup: {reason}</translation>
        </message>
        <message>
            <source>{child} may go with {adult}</source>
            <translation>{child} may go with {adult}</translation>
        </message>
        <message>
            <source>Released on a manager's override at {time}.</source>
            <translation>Released on a manager's override at {time}.</translation>
        </message>
        <message>
            <source>The code matches. Released at {time}.</source>
            <translation>The code matches. Released at {time}.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Not released</source>
            <translation>Not released</translation>
        </message>
        <message>
            <source>Do not release the child</source>
            <translation>Do not release the child</translation>
        </message>
        <message>
            <source>Authorised for pickup:</source>
            <translation>Authorised for pickup:</translation>
        </message>
        <message>
            <source>Nobody is authorised for pickup today.</source>
            <translation>Nobody is authorised for pickup today.</translation>
        </message>
    </context>
    <context>
        <name>PickupLabel</name>
        <message>
            <source>Kids' space</source>
            <translation>Kids' space</translation>
        </message>
        <message>
            <source>Pickup slip</source>
            <translation>Pickup slip</translation>
        </message>
        <message>
            <source>ALLERGY</source>
            <translation>ALLERGY</translation>
        </message>
        <message>
            <source>Show this slip to collect {name}</source>
            <translation>Show this slip to collect {name}</translation>
        </message>
    </context>
    <context>
        <name>PickupLabelPrinter</name>
        <message>
            <source>Pickup labels: {name}</source>
            <translation>Pickup labels: {name}</translation>
        </message>
    </context>
    <context>
        <name>Plan</name>
        <message>
            <source>Days this month: {used} of {days}</source>
            <translation>Days this month: {used} of {days}</translation>
        </message>
        <message>
            <source>Carnet: {left} entries left of {total}</source>
            <translation>Carnet: {left} entries left of {total}</translation>
        </message>
        <message>
            <source>Day pass: {left} entries left of {total}</source>
            <translation>Day pass: {left} entries left of {total}</translation>
        </message>
        <message>
            <source>{org}: {taken} of {seats} seats taken</source>
            <translation>{org}: {taken} of {seats} seats taken</translation>
        </message>
        <message>
            <source>{plan} expired on {day}: a manager can extend it or add entries.</source>
            <translation>{plan} expired on {day}: a manager can extend it or add entries.</translation>
        </message>
        <message>
            <source>{plan} used up: a manager can add entries.</source>
            <translation>{plan} used up: a manager can add entries.</translation>
        </message>
        <message>
            <source>{org}: all {seats} seats are taken: a manager can add seats.</source>
            <translation>{org}: all {seats} seats are taken: a manager can add seats.</translation>
        </message>
        <message numerus="yes">
            <source>Unlimited: %n day(s) this month</source>
            <translation>
                <numerusform>Unlimited: %n day this month</numerusform>
                <numerusform>Unlimited: %n days this month</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanKind</name>
        <message>
            <source>Unlimited</source>
            <translation>Unlimited</translation>
        </message>
        <message>
            <source>Days per month</source>
            <translation>Days per month</translation>
        </message>
        <message>
            <source>Carnet</source>
            <translation>Carnet</translation>
        </message>
        <message>
            <source>Day pass</source>
            <translation>Day pass</translation>
        </message>
    </context>
    <context>
        <name>PlanTopUpDialog</name>
        <message>
            <source>Plan: add entries or extend</source>
            <translation>Plan: add entries or extend</translation>
        </message>
        <message>
            <source>Add entries</source>
            <translation>Add entries</translation>
        </message>
        <message>
            <source>Entries to add</source>
            <translation>Entries to add</translation>
        </message>
        <message>
            <source>Extend the plan until</source>
            <translation>Extend the plan until</translation>
        </message>
        <message>
            <source>Last day of the plan</source>
            <translation>Last day of the plan</translation>
        </message>
        <message>
            <source>A manager approves with a reason; it is kept in the audit log.</source>
            <translation>A manager approves with a reason; it is kept in the audit log.</translation>
        </message>
        <message>
            <source>Ask a manager</source>
            <translation>Ask a manager</translation>
        </message>
        <message numerus="yes">
            <source>Add %n entry(s) to the plan</source>
            <translation>
                <numerusform>Add %n entry to the plan</numerusform>
                <numerusform>Add %n entries to the plan</numerusform>
            </translation>
        </message>
        <message>
            <source>Extend the plan until {day}</source>
            <translation>Extend the plan until {day}</translation>
        </message>
    </context>
    <context>
        <name>PrintersPage</name>
        <message>
            <source>Printers</source>
            <translation>Printers</translation>
        </message>
        <message>
            <source>Chosen for this computer only: each reception desk has its own printers. Anything printed can still go to another printer from the print dialog.</source>
            <translation>Chosen for this computer only: each reception desk has its own printers. Anything printed can still go to another printer from the print dialog.</translation>
        </message>
        <message>
            <source>What prints where</source>
            <translation>What prints where</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Printer</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Paper</translation>
        </message>
        <message>
            <source>Badges</source>
            <translation>Badges</translation>
        </message>
        <message>
            <source>Pickup labels</source>
            <translation>Pickup labels</translation>
        </message>
        <message>
            <source>label {width} × {height} mm</source>
            <translation>label {width} × {height} mm</translation>
        </message>
        <message>
            <source>Sheets and reports</source>
            <translation>Sheets and reports</translation>
        </message>
        <message>
            <source>A4 sheet of {count} cards</source>
            <translation>A4 sheet of {count} cards</translation>
        </message>
        <message>
            <source>card 85.6 × 54 mm</source>
            <translation>card 85.6 × 54 mm</translation>
        </message>
        <message>
            <source>Printer for: {what}</source>
            <translation>Printer for: {what}</translation>
        </message>
        <message>
            <source>Paper for: {what}</source>
            <translation>Paper for: {what}</translation>
        </message>
        <message>
            <source>Print a test page</source>
            <translation>Print a test page</translation>
        </message>
        <message>
            <source>This computer's default ({name})</source>
            <translation>This computer's default ({name})</translation>
        </message>
        <message>
            <source>This computer's default</source>
            <translation>This computer's default</translation>
        </message>
        <message>
            <source>No printer is set up on this computer: documents open as PDF instead.</source>
            <translation>No printer is set up on this computer: documents open as PDF instead.</translation>
        </message>
        <message>
            <source>Saved for this computer.</source>
            <translation>Saved for this computer.</translation>
        </message>
        <message>
            <source>Serre Desk test page</source>
            <translation>Serre Desk test page</translation>
        </message>
        <message>
            <source>Printer: {printer}</source>
            <translation>Printer: {printer}</translation>
        </message>
        <message>
            <source>Paper: {width} × {height} mm</source>
            <translation>Paper: {width} × {height} mm</translation>
        </message>
        <message>
            <source>The frame shows the edge of the page: it should be whole.</source>
            <translation>The frame shows the edge of the page: it should be whole.</translation>
        </message>
        <message>
            <source>A test page is on its way to {printer}.</source>
            <translation>A test page is on its way to {printer}.</translation>
        </message>
    </context>
    <context>
        <name>PrintService</name>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>The PDF could not be saved in {path}: {reason}. Choose another folder.</source>
            <translation>The PDF could not be saved in {path}: {reason}. Choose another folder.</translation>
        </message>
        <message>
            <source>Save a copy of the PDF</source>
            <translation>Save a copy of the PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>No PDF viewer</source>
            <translation>No PDF viewer</translation>
        </message>
        <message>
            <source>No program to open PDF files was found on this computer. The PDF is here:
{path}</source>
            <translation>No program to open PDF files was found on this computer. The PDF is here:
{path}</translation>
        </message>
        <message>
            <source>No printer</source>
            <translation>No printer</translation>
        </message>
        <message>
            <source>No printer is set up on this computer, so “{title}” was not printed.</source>
            <translation>No printer is set up on this computer, so “{title}” was not printed.</translation>
        </message>
        <message>
            <source>No printer is set up on this computer: print it from here or from the PDF viewer.</source>
            <translation>No printer is set up on this computer: print it from here or from the PDF viewer.</translation>
        </message>
        <message>
            <source>Not printed</source>
            <translation>Not printed</translation>
        </message>
        <message>
            <source>Printing “{title}” was cancelled.</source>
            <translation>Printing “{title}” was cancelled.</translation>
        </message>
        <message>
            <source>Printing failed</source>
            <translation>Printing failed</translation>
        </message>
        <message>
            <source>“{title}” could not be printed on {printer}. Check that the printer is on, connected and has paper.</source>
            <translation>“{title}” could not be printed on {printer}. Check that the printer is on, connected and has paper.</translation>
        </message>
        <message>
            <source>the printer</source>
            <translation>the printer</translation>
        </message>
        <message>
            <source>It could not be printed on {printer}: print it from here or from the PDF viewer.</source>
            <translation>It could not be printed on {printer}: print it from here or from the PDF viewer.</translation>
        </message>
        <message>
            <source>The PDF is kept: show it to print it again, save a copy or open it in the PDF viewer?</source>
            <translation>The PDF is kept: show it to print it again, save a copy or open it in the PDF viewer?</translation>
        </message>
        <message>
            <source>Show the PDF</source>
            <translation>Show the PDF</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Not now</translation>
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
        <message>
            <source>Visits</source>
            <translation>Visits</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>In</source>
            <translation>In</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>Out</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Flags</translation>
        </message>
        <message>
            <source>Guardians and children</source>
            <translation>Guardians and children</translation>
        </message>
        <message>
            <source>Authorised for pickup</source>
            <translation>Authorised for pickup</translation>
        </message>
        <message>
            <source>Only on</source>
            <translation>Only on</translation>
        </message>
        <message>
            <source>Children brought or collected</source>
            <translation>Children brought or collected</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Child</translation>
        </message>
        <message>
            <source>Badges</source>
            <translation>Badges</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Revoked</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>Plans</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Until</translation>
        </message>
        <message>
            <source>Entries added</source>
            <translation>Entries added</translation>
        </message>
        <message>
            <source>Audit log entries</source>
            <translation>Audit log entries</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>Le Serre dei Giardini — exported {when}</source>
            <translation>Le Serre dei Giardini — exported {when}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Personal data held by Serre Desk</source>
            <translation>Personal data held by Serre Desk</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>None.</translation>
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
        <message>
            <source>Tick the box once the person has seen the notice.</source>
            <translation>Tick the box once the person has seen the notice.</translation>
        </message>
    </context>
    <context>
        <name>PrivacyPage</name>
        <message>
            <source>Privacy and retention</source>
            <translation>Privacy and retention</translation>
        </message>
        <message>
            <source>After these periods without a visit, identities are anonymised: counts are kept, names are not. Members are kept while their membership lasts.</source>
            <translation>After these periods without a visit, identities are anonymised: counts are kept, names are not. Members are kept while their membership lasts.</translation>
        </message>
        <message>
            <source>Save the periods</source>
            <translation>Save the periods</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Retention</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>Guests</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Members, after their membership</source>
            <translation>Members, after their membership</translation>
        </message>
        <message>
            <source>Children and their notes</source>
            <translation>Children and their notes</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source> months</source>
            <translation> months</translation>
        </message>
        <message>
            <source>Legal hold</source>
            <translation>Legal hold</translation>
        </message>
        <message>
            <source>People on hold are never anonymised or erased until it is lifted.</source>
            <translation>People on hold are never anonymised or erased until it is lifted.</translation>
        </message>
        <message>
            <source>People on legal hold</source>
            <translation>People on legal hold</translation>
        </message>
        <message>
            <source>Find a person to put on hold…</source>
            <translation>Find a person to put on hold…</translation>
        </message>
        <message>
            <source>Find a person</source>
            <translation>Find a person</translation>
        </message>
        <message>
            <source>People found</source>
            <translation>People found</translation>
        </message>
        <message>
            <source>Reason (kept in the audit log)</source>
            <translation>Reason (kept in the audit log)</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Put on hold</source>
            <translation>Put on hold</translation>
        </message>
        <message>
            <source>Lift the hold</source>
            <translation>Lift the hold</translation>
        </message>
        <message>
            <source>Privacy notice</source>
            <translation>Privacy notice</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation>Italian</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Privacy notice: {language}</source>
            <translation>Privacy notice: {language}</translation>
        </message>
        <message>
            <source>A new version asks everyone to acknowledge it again at their next visit.</source>
            <translation>A new version asks everyone to acknowledge it again at their next visit.</translation>
        </message>
        <message>
            <source>Publish as a new version…</source>
            <translation>Publish as a new version…</translation>
        </message>
        <message>
            <source>Nobody is on legal hold.</source>
            <translation>Nobody is on legal hold.</translation>
        </message>
        <message>
            <source>Version {version}: the notice shipped with Serre Desk.</source>
            <translation>Version {version}: the notice shipped with Serre Desk.</translation>
        </message>
        <message>
            <source>Version {version}, published on {day}.</source>
            <translation>Version {version}, published on {day}.</translation>
        </message>
        <message>
            <source>Choose the person first.</source>
            <translation>Choose the person first.</translation>
        </message>
        <message>
            <source>Choose someone in the list of people on hold first.</source>
            <translation>Choose someone in the list of people on hold first.</translation>
        </message>
        <message>
            <source>{name} is on legal hold.</source>
            <translation>{name} is on legal hold.</translation>
        </message>
        <message>
            <source>The legal hold of {name} is lifted.</source>
            <translation>The legal hold of {name} is lifted.</translation>
        </message>
        <message>
            <source>Publish the privacy notice</source>
            <translation>Publish the privacy notice</translation>
        </message>
        <message>
            <source>Publish this text as version {version}? Everyone is asked to acknowledge it again at their next visit.</source>
            <translation>Publish this text as version {version}? Everyone is asked to acknowledge it again at their next visit.</translation>
        </message>
        <message>
            <source>Publish version {version}</source>
            <translation>Publish version {version}</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Keep editing</translation>
        </message>
        <message>
            <source>Version {version} of the privacy notice is in force.</source>
            <translation>Version {version} of the privacy notice is in force.</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Look in:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Files of &amp;type:</translation>
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
            <source>automatic check-out</source>
            <translation>automatic check-out</translation>
        </message>
        <message>
            <source>override</source>
            <translation>override</translation>
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
        <message numerus="yes">
            <source>Day closed: %n automatic check-out(s)</source>
            <translation>
                <numerusform>Day closed: %n automatic check-out</numerusform>
                <numerusform>Day closed: %n automatic check-outs</numerusform>
            </translation>
        </message>
        <message>
            <source>someone</source>
            <translation>someone</translation>
        </message>
        <message>
            <source>{name} — pickup refused</source>
            <translation>{name} — pickup refused</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodeNote</name>
        <message>
            <source>I have written it down</source>
            <translation>I have written it down</translation>
        </message>
        <message>
            <source>The recovery code of {name}. Write it down or print it now and keep it with the venue's keys, away from the desk: it is shown only now. With it {name} sets a new password when locked out (at the sign-in: Use a recovery code).</source>
            <translation>The recovery code of {name}. Write it down or print it now and keep it with the venue's keys, away from the desk: it is shown only now. With it {name} sets a new password when locked out (at the sign-in: Use a recovery code).</translation>
        </message>
    </context>
    <context>
        <name>RecoveryForm</name>
        <message>
            <source>Manager's name</source>
            <translation>Manager's name</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Recovery code</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>New password</translation>
        </message>
        <message>
            <source>at least 12 characters</source>
            <translation>at least 12 characters</translation>
        </message>
        <message>
            <source>New password again</source>
            <translation>New password again</translation>
        </message>
        <message>
            <source>Set the new password</source>
            <translation>Set the new password</translation>
        </message>
        <message>
            <source>Back to the sign-in</source>
            <translation>Back to the sign-in</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>The two passwords differ.</translation>
        </message>
    </context>
    <context>
        <name>Refusal</name>
        <message>
            <source>{value!r} is not a date (YYYY-MM-DD).</source>
            <translation>{value!r} is not a date (YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>{value!r} is not a whole number from {least} to {most}.</source>
            <translation>{value!r} is not a whole number from {least} to {most}.</translation>
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
            <source>Several badges, or --start, only print: give --out FILE, without --reissue or --revoke.</source>
            <translation>Several badges, or --start, only print: give --out FILE, without --reissue or --revoke.</translation>
        </message>
        <message>
            <source>--start {start}: the format {format} has positions 1 to {slots}.</source>
            <translation>--start {start}: the format {format} has positions 1 to {slots}.</translation>
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
            <source>The clock is moved (--now): only a manager can change data at another time. Give --as MANAGER with the password on stdin (--secret-stdin).</source>
            <translation>The clock is moved (--now): only a manager can change data at another time. Give --as MANAGER with the password on stdin (--secret-stdin).</translation>
        </message>
        <message>
            <source>A PIN or password was expected on stdin (one per line).</source>
            <translation>A PIN or password was expected on stdin (one per line).</translation>
        </message>
        <message>
            <source>Give the PostgreSQL database: --db postgresql://USER@SERVER:PORT/DATABASE (a desk's own SQLite file needs no init).</source>
            <translation>Give the PostgreSQL database: --db postgresql://USER@SERVER:PORT/DATABASE (a desk's own SQLite file needs no init).</translation>
        </message>
        <message>
            <source>There is no entry [{service}] in {file}: save it with db connect.</source>
            <translation>There is no entry [{service}] in {file}: save it with db connect.</translation>
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
            <source>{value!r} is not a month (YYYY-MM).</source>
            <translation>{value!r} is not a month (YYYY-MM).</translation>
        </message>
        <message>
            <source>Name the plan with --plan NAME.</source>
            <translation>Name the plan with --plan NAME.</translation>
        </message>
        <message>
            <source>The usage report is written as FILE.pdf or FILE.csv.</source>
            <translation>The usage report is written as FILE.pdf or FILE.csv.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {error}.</source>
            <translation>Cannot read {path}: {error}.</translation>
        </message>
        <message>
            <source>The range ends ({last}) before it starts ({first}).</source>
            <translation>The range ends ({last}) before it starts ({first}).</translation>
        </message>
        <message>
            <source>This is not a Serre badge: scan it again, or type the person's name.</source>
            <translation>This is not a Serre badge: scan it again, or type the person's name.</translation>
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
            <source>{value!r} is outside the dates the desk keeps ({first} to {last}).</source>
            <translation>{value!r} is outside the dates the desk keeps ({first} to {last}).</translation>
        </message>
        <message>
            <source>The time {value!r} needs an offset (+01:00) or Z: it is ambiguous without.</source>
            <translation>The time {value!r} needs an offset (+01:00) or Z: it is ambiguous without.</translation>
        </message>
        <message>
            <source>{value!r} is not an ISO 8601 time (2026-11-20T09:05+01:00).</source>
            <translation>{value!r} is not an ISO 8601 time (2026-11-20T09:05+01:00).</translation>
        </message>
        <message>
            <source>Authorised for pickup: {adults}.</source>
            <translation>Authorised for pickup: {adults}.</translation>
        </message>
        <message>
            <source>A manager can override with a written reason.</source>
            <translation>A manager can override with a written reason.</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>nobody</translation>
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
            <source>A days-per-month plan needs --days N (1 to 31).</source>
            <translation>A days-per-month plan needs --days N (1 to 31).</translation>
        </message>
        <message>
            <source>--days must be between 1 and 31.</source>
            <translation>--days must be between 1 and 31.</translation>
        </message>
        <message>
            <source>A carnet needs --entries N (how many entries).</source>
            <translation>A carnet needs --entries N (how many entries).</translation>
        </message>
        <message>
            <source>{value} is not a number of entries or days (1 to {limit}).</source>
            <translation>{value} is not a number of entries or days (1 to {limit}).</translation>
        </message>
        <message>
            <source>A plan is valid for at most {limit} days.</source>
            <translation>A plan is valid for at most {limit} days.</translation>
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
            <source>Give both the opening and the closing time, or neither.</source>
            <translation>Give both the opening and the closing time, or neither.</translation>
        </message>
        <message>
            <source>Closing time must come after opening time.</source>
            <translation>Closing time must come after opening time.</translation>
        </message>
        <message>
            <source>A corrected time cannot be in the future.</source>
            <translation>A corrected time cannot be in the future.</translation>
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
            <source>{area} is for children and educators: check the adult in elsewhere.</source>
            <translation>{area} is for children and educators: check the adult in elsewhere.</translation>
        </message>
        <message>
            <source>Children are checked in to the kids' space, not {area}.</source>
            <translation>Children are checked in to the kids' space, not {area}.</translation>
        </message>
        <message>
            <source>{name} is already inside {area}.</source>
            <translation>{name} is already inside {area}.</translation>
        </message>
        <message>
            <source>{area} is full ({capacity}): a manager can authorise.</source>
            <translation>{area} is full ({capacity}): a manager can authorise.</translation>
        </message>
        <message>
            <source>{name} is not a child: only children are brought and collected with a pickup code.</source>
            <translation>{name} is not a child: only children are brought and collected with a pickup code.</translation>
        </message>
        <message>
            <source>{area}: with one more child, educators needed: {needed}, present: {educators}. Call an educator, or a manager can authorise.</source>
            <translation>{area}: with one more child, educators needed: {needed}, present: {educators}. Call an educator, or a manager can authorise.</translation>
        </message>
        <message>
            <source>{child} has no adult authorised for pickup: add an authorised guardian with a phone number first.</source>
            <translation>{child} has no adult authorised for pickup: add an authorised guardian with a phone number first.</translation>
        </message>
        <message>
            <source>{adult} is not authorised for {child}: only an authorised guardian brings a child in.</source>
            <translation>{adult} is not authorised for {child}: only an authorised guardian brings a child in.</translation>
        </message>
        <message>
            <source>The expected pickup time must be later than now.</source>
            <translation>The expected pickup time must be later than now.</translation>
        </message>
        <message>
            <source>{name} is not inside.</source>
            <translation>{name} is not inside.</translation>
        </message>
        <message>
            <source>The check-out time is earlier than the check-in time.</source>
            <translation>The check-out time is earlier than the check-in time.</translation>
        </message>
        <message>
            <source>{child} leaves only with the pickup code and an authorised adult: use the pickup.</source>
            <translation>{child} leaves only with the pickup code and an authorised adult: use the pickup.</translation>
        </message>
        <message>
            <source>{child} is checked in by the authorised adult who brings them.</source>
            <translation>{child} is checked in by the authorised adult who brings them.</translation>
        </message>
        <message>
            <source>A child cannot collect {child}: choose an adult.</source>
            <translation>A child cannot collect {child}: choose an adult.</translation>
        </message>
        <message>
            <source>No pickup code was given for {child}: scan or type the slip's code.</source>
            <translation>No pickup code was given for {child}: scan or type the slip's code.</translation>
        </message>
        <message>
            <source>{count} wrong pickup codes today for {child}: only a manager can release {child} now.</source>
            <translation>{count} wrong pickup codes today for {child}: only a manager can release {child} now.</translation>
        </message>
        <message>
            <source>The pickup code does not match {child}'s. That is {count} wrong codes today: from now on only a manager can release {child}.</source>
            <translation>The pickup code does not match {child}'s. That is {count} wrong codes today: from now on only a manager can release {child}.</translation>
        </message>
        <message>
            <source>The pickup code does not match {child}'s.</source>
            <translation>The pickup code does not match {child}'s.</translation>
        </message>
        <message>
            <source>{adult} is not authorised to collect {child}.</source>
            <translation>{adult} is not authorised to collect {child}.</translation>
        </message>
        <message>
            <source>{adult} is marked as NOT authorised to collect {child}.</source>
            <translation>{adult} is marked as NOT authorised to collect {child}.</translation>
        </message>
        <message>
            <source>{adult}'s one-day authorisation for {child} has expired.</source>
            <translation>{adult}'s one-day authorisation for {child} has expired.</translation>
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
            <source>Unknown label size {name!r}: use one of {sizes}.</source>
            <translation>Unknown label size {name!r}: use one of {sizes}.</translation>
        </message>
        <message>
            <source>Export to a .json or a .pdf file, not {name!r}.</source>
            <translation>Export to a .json or a .pdf file, not {name!r}.</translation>
        </message>
        <message>
            <source>This scan was already recorded (the connection broke while it was being saved): nothing was done twice.</source>
            <translation>This scan was already recorded (the connection broke while it was being saved): nothing was done twice.</translation>
        </message>
        <message>
            <source>A new area needs both a name and a capacity.</source>
            <translation>A new area needs both a name and a capacity.</translation>
        </message>
        <message>
            <source>{path} holds no audit anchor: give a daily sheet (PDF), a backup or its .anchor.json file.</source>
            <translation>{path} holds no audit anchor: give a daily sheet (PDF), a backup or its .anchor.json file.</translation>
        </message>
        <message>
            <source>The audit anchor {path} was altered.</source>
            <translation>The audit anchor {path} was altered.</translation>
        </message>
        <message>
            <source>The audit key {path} cannot be read: restore it from where it is kept.</source>
            <translation>The audit key {path} cannot be read: restore it from where it is kept.</translation>
        </message>
        <message>
            <source>This database's audit log is sealed with a key this desk does not have: copy audit.key from the first desk to {path} (or set SERRE_DESK_AUDIT_KEY_FILE).</source>
            <translation>This database's audit log is sealed with a key this desk does not have: copy audit.key from the first desk to {path} (or set SERRE_DESK_AUDIT_KEY_FILE).</translation>
        </message>
        <message>
            <source>The audit key {path} is not the key this database's audit log is sealed with.</source>
            <translation>The audit key {path} is not the key this database's audit log is sealed with.</translation>
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
            <source>Keep {low} to {high} daily backups, not {value}.</source>
            <translation>Keep {low} to {high} daily backups, not {value}.</translation>
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
            <source>This day pass is not valid yet: it was issued on {day} at {time}.</source>
            <translation>This day pass is not valid yet: it was issued on {day} at {time}.</translation>
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
            <source>{name!r} is not a service name: letters, digits, '-', '_' and '.'.</source>
            <translation>{name!r} is not a service name: letters, digits, '-', '_' and '.'.</translation>
        </message>
        <message>
            <source>The TLS mode is one of {modes}, not {value!r}.</source>
            <translation>The TLS mode is one of {modes}, not {value!r}.</translation>
        </message>
        <message>
            <source>A port is a number from 1 to 65535, not {value}.</source>
            <translation>A port is a number from 1 to 65535, not {value}.</translation>
        </message>
        <message>
            <source>The {field} {value!r} cannot be used here.</source>
            <translation>The {field} {value!r} cannot be used here.</translation>
        </message>
        <message>
            <source>A password cannot contain a line break.</source>
            <translation>A password cannot contain a line break.</translation>
        </message>
        <message>
            <source>The database {url} already holds data ({found}): db copy only fills an empty database. Nothing was copied.</source>
            <translation>The database {url} already holds data ({found}): db copy only fills an empty database. Nothing was copied.</translation>
        </message>
        <message>
            <source>The copy of {table} does not match its source ({what}): nothing was copied.</source>
            <translation>The copy of {table} does not match its source ({what}): nothing was copied.</translation>
        </message>
        <message>
            <source>db copy moves a desk's own SQLite file: run it without --db.</source>
            <translation>db copy moves a desk's own SQLite file: run it without --db.</translation>
        </message>
        <message>
            <source>Open the desk once first: its database is older than this program.</source>
            <translation>Open the desk once first: its database is older than this program.</translation>
        </message>
        <message>
            <source>The copied audit log does not verify as its source does ({target} events checked, {source} on the source).</source>
            <translation>The copied audit log does not verify as its source does ({target} events checked, {source} on the source).</translation>
        </message>
        <message>
            <source>The database file could not be read or written (disk I/O error). Check the disk, then try again.</source>
            <translation>The database file could not be read or written (disk I/O error). Check the disk, then try again.</translation>
        </message>
        <message>
            <source>The database has no desk user yet: name its first manager with --manager NAME (the password on stdin).</source>
            <translation>The database has no desk user yet: name its first manager with --manager NAME (the password on stdin).</translation>
        </message>
        <message>
            <source>{file} is an Excel workbook: save it as CSV UTF-8 and import that file.</source>
            <translation>{file} is an Excel workbook: save it as CSV UTF-8 and import that file.</translation>
        </message>
        <message>
            <source>{file} is not a text file: save the list as CSV UTF-8 and import that.</source>
            <translation>{file} is not a text file: save the list as CSV UTF-8 and import that.</translation>
        </message>
        <message>
            <source>Line {line} has a field longer than {limit} characters: nothing was imported.</source>
            <translation>Line {line} has a field longer than {limit} characters: nothing was imported.</translation>
        </message>
        <message>
            <source>Line {line} opens a quote (") that never closes: nothing was imported.</source>
            <translation>Line {line} opens a quote (") that never closes: nothing was imported.</translation>
        </message>
        <message>
            <source>Line {line} is not valid CSV ({problem}): nothing was imported.</source>
            <translation>Line {line} is not valid CSV ({problem}): nothing was imported.</translation>
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
            <source>{adult} is marked as NOT authorised to collect {child}: only a manager can change that.</source>
            <translation>{adult} is marked as NOT authorised to collect {child}: only a manager can change that.</translation>
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
            <source>Unknown age band {band!r}.</source>
            <translation>Unknown age band {band!r}.</translation>
        </message>
        <message>
            <source>{name} has no phone number: an adult authorised for pickup needs one (add it to their details first).</source>
            <translation>{name} has no phone number: an adult authorised for pickup needs one (add it to their details first).</translation>
        </message>
        <message>
            <source>The database server cannot be reached: nobody can be checked in or out until it is back. The desk reconnects by itself.</source>
            <translation>The database server cannot be reached: nobody can be checked in or out until it is back. The desk reconnects by itself.</translation>
        </message>
        <message>
            <source>Cannot write {path}: {error}.</source>
            <translation>Cannot write {path}: {error}.</translation>
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
            <source>Only a manager registers venue staff: staff count as educators in the kids' space and their badge never expires.</source>
            <translation>Only a manager registers venue staff: staff count as educators in the kids' space and their badge never expires.</translation>
        </message>
        <message>
            <source>Only a manager changes whether someone is a guest, a member or staff: ask a manager to sign in.</source>
            <translation>Only a manager changes whether someone is a guest, a member or staff: ask a manager to sign in.</translation>
        </message>
        <message>
            <source>Only a manager changes when a membership ends: ask a manager to sign in.</source>
            <translation>Only a manager changes when a membership ends: ask a manager to sign in.</translation>
        </message>
        <message>
            <source>Only a manager can do this: ask a manager to sign in.</source>
            <translation>Only a manager can do this: ask a manager to sign in.</translation>
        </message>
        <message>
            <source>The desk runs at another clock than the real one (--now): only a manager can change data then.</source>
            <translation>The desk runs at another clock than the real one (--now): only a manager can change data then.</translation>
        </message>
        <message>
            <source>Write the reason: it is kept in the audit log.</source>
            <translation>Write the reason: it is kept in the audit log.</translation>
        </message>
        <message>
            <source>Nobody is registered with id {id}.</source>
            <translation>Nobody is registered with id {id}.</translation>
        </message>
        <message>
            <source>There is no plan {name!r}.</source>
            <translation>There is no plan {name!r}.</translation>
        </message>
        <message>
            <source>A plan holds in adult areas, not in {key!r}.</source>
            <translation>A plan holds in adult areas, not in {key!r}.</translation>
        </message>
        <message>
            <source>A plan named {name!r} exists already.</source>
            <translation>A plan named {name!r} exists already.</translation>
        </message>
        <message>
            <source>Plans are for adults: a child needs none.</source>
            <translation>Plans are for adults: a child needs none.</translation>
        </message>
        <message>
            <source>The plan would end ({end}) before it starts ({start}).</source>
            <translation>The plan would end ({end}) before it starts ({start}).</translation>
        </message>
        <message>
            <source>Add between 1 and {limit} entries (or take some back).</source>
            <translation>Add between 1 and {limit} entries (or take some back).</translation>
        </message>
        <message>
            <source>This person has no plan: give them one first.</source>
            <translation>This person has no plan: give them one first.</translation>
        </message>
        <message>
            <source>An unlimited plan needs no entries.</source>
            <translation>An unlimited plan needs no entries.</translation>
        </message>
        <message>
            <source>Seats go from 0 to {limit}.</source>
            <translation>Seats go from 0 to {limit}.</translation>
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
            <source>The privacy notice cannot be empty.</source>
            <translation>The privacy notice cannot be empty.</translation>
        </message>
        <message>
            <source>The privacy notice is longer than {limit} characters.</source>
            <translation>The privacy notice is longer than {limit} characters.</translation>
        </message>
        <message>
            <source>Scanned while the desk was locked: left for staff.</source>
            <translation>Scanned while the desk was locked: left for staff.</translation>
        </message>
        <message>
            <source>Scanned while the desk was locked and self-service off: left for staff.</source>
            <translation>Scanned while the desk was locked and self-service off: left for staff.</translation>
        </message>
        <message>
            <source>The database server cannot be reached: this cannot be saved until it is back. Nothing was changed; the desk reconnects by itself and says so, then try again.</source>
            <translation>The database server cannot be reached: this cannot be saved until it is back. Nothing was changed; the desk reconnects by itself and says so, then try again.</translation>
        </message>
        <message>
            <source>The pickup locks after {low} to {high} wrong codes, not {value}.</source>
            <translation>The pickup locks after {low} to {high} wrong codes, not {value}.</translation>
        </message>
        <message>
            <source>The amber threshold is {low} to {high} % of the capacity, not {value}.</source>
            <translation>The amber threshold is {low} to {high} % of the capacity, not {value}.</translation>
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
            <source>A desk's name is 1 to {limit} characters.</source>
            <translation>A desk's name is 1 to {limit} characters.</translation>
        </message>
        <message>
            <source>A desk is a reception, kids or office desk, not {value!r}.</source>
            <translation>A desk is a reception, kids or office desk, not {value!r}.</translation>
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
            <source>{name!r} is how the audit log names the desk before its first user, or a reader who did not sign in: choose another name.</source>
            <translation>{name!r} is how the audit log names the desk before its first user, or a reader who did not sign in: choose another name.</translation>
        </message>
        <message>
            <source>The first desk user must be a manager.</source>
            <translation>The first desk user must be a manager.</translation>
        </message>
        <message>
            <source>Desk users exist already (made at another desk): a manager signs in to add one.</source>
            <translation>Desk users exist already (made at another desk): a manager signs in to add one.</translation>
        </message>
        <message>
            <source>A desk user named {name!r} already exists.</source>
            <translation>A desk user named {name!r} already exists.</translation>
        </message>
        <message>
            <source>Wrong PIN or password, or no such desk user.</source>
            <translation>Wrong PIN or password, or no such desk user.</translation>
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
            <source>{name} was deactivated: reactivate them with a new PIN or password instead.</source>
            <translation>{name} was deactivated: reactivate them with a new PIN or password instead.</translation>
        </message>
        <message>
            <source>Only managers have a recovery code: a manager unlocks staff.</source>
            <translation>Only managers have a recovery code: a manager unlocks staff.</translation>
        </message>
        <message>
            <source>Wrong user name or recovery code.</source>
            <translation>Wrong user name or recovery code.</translation>
        </message>
        <message>
            <source>The desk locks after {low} to {high} idle minutes.</source>
            <translation>The desk locks after {low} to {high} idle minutes.</translation>
        </message>
        <message>
            <source>{name} is the last active manager: add or unlock another manager first.</source>
            <translation>{name} is the last active manager: add or unlock another manager first.</translation>
        </message>
        <message>
            <source>You cannot deactivate yourself: ask another manager to do it.</source>
            <translation>You cannot deactivate yourself: ask another manager to do it.</translation>
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
            <source>The database is busy (locked by another program). Nothing was lost: try again in a moment.</source>
            <translation>The database is busy (locked by another program). Nothing was lost: try again in a moment.</translation>
        </message>
        <message>
            <source>The disk is full: nothing was saved. Free some space and try again.</source>
            <translation>The disk is full: nothing was saved. Free some space and try again.</translation>
        </message>
        <message>
            <source>The database file is damaged. Restore the latest backup (backups folder in the data dir).</source>
            <translation>The database file is damaged. Restore the latest backup (backups folder in the data dir).</translation>
        </message>
        <message>
            <source>The database cannot be opened for writing: check the data folder's permissions.</source>
            <translation>The database cannot be opened for writing: check the data folder's permissions.</translation>
        </message>
        <message>
            <source>The database server cannot be reached: check the network and try again.</source>
            <translation>The database server cannot be reached: check the network and try again.</translation>
        </message>
        <message>
            <source>{url} is not a PostgreSQL address: write postgresql://USER@SERVER:PORT/DATABASE (or postgresql:///?service=NAME).</source>
            <translation>{url} is not a PostgreSQL address: write postgresql://USER@SERVER:PORT/DATABASE (or postgresql:///?service=NAME).</translation>
        </message>
        <message>
            <source>The server {server} has no user {user}: create the role first (see the README, A server for several desks).</source>
            <translation>The server {server} has no user {user}: create the role first (see the README, A server for several desks).</translation>
        </message>
        <message>
            <source>The database {database} does not exist on {server}: create it first (createdb), then run this again.</source>
            <translation>The database {database} does not exist on {server}: create it first (createdb), then run this again.</translation>
        </message>
        <message>
            <source>The server {server} refused the password of {user}: check the password.</source>
            <translation>The server {server} refused the password of {user}: check the password.</translation>
        </message>
        <message>
            <source>The server {server} wants a password for {user} and none was given: save it with `serre-desk db connect` (or in the .pgpass file).</source>
            <translation>The server {server} wants a password for {user} and none was given: save it with `serre-desk db connect` (or in the .pgpass file).</translation>
        </message>
        <message>
            <source>The server {server} does not offer TLS but this desk requires it (sslmode): turn on ssl in the server's postgresql.conf, or lower sslmode on a trusted network.</source>
            <translation>The server {server} does not offer TLS but this desk requires it (sslmode): turn on ssl in the server's postgresql.conf, or lower sslmode on a trusted network.</translation>
        </message>
        <message>
            <source>The server {server} accepts {user} only over TLS: add sslmode=require to the address.</source>
            <translation>The server {server} accepts {user} only over TLS: add sslmode=require to the address.</translation>
        </message>
        <message>
            <source>The TLS certificate of {server} is not trusted by this desk: give its CA (sslrootcert) or use sslmode=require.</source>
            <translation>The TLS certificate of {server} is not trusted by this desk: give its CA (sslrootcert) or use sslmode=require.</translation>
        </message>
        <message>
            <source>The server {server} does not let {user} in from this PC: add a line for it to pg_hba.conf and reload the server.</source>
            <translation>The server {server} does not let {user} in from this PC: add a line for it to pg_hba.conf and reload the server.</translation>
        </message>
        <message>
            <source>The database server {server} cannot be reached: check that PostgreSQL runs there, the address and port, and the network.</source>
            <translation>The database server {server} cannot be reached: check that PostgreSQL runs there, the address and port, and the network.</translation>
        </message>
        <message>
            <source>This database was made by Serre Desk {release}: install that version or newer. It was left as it is (Serre Desk {version} never downgrades a database).</source>
            <translation>This database was made by Serre Desk {release}: install that version or newer. It was left as it is (Serre Desk {version} never downgrades a database).</translation>
        </message>
        <message>
            <source>This database was made by a newer Serre Desk than {version}: install the newer version. It was left as it is (a database is never downgraded).</source>
            <translation>This database was made by a newer Serre Desk than {version}: install the newer version. It was left as it is (a database is never downgraded).</translation>
        </message>
    </context>
    <context>
        <name>RegistrationDialog</name>
        <message>
            <source>New visitor</source>
            <translation>New visitor</translation>
        </message>
        <message>
            <source>A child is registered with a birth date and guardians: the child's form opens (Shift+F2)</source>
            <translation>A child is registered with a birth date and guardians: the child's form opens (Shift+F2)</translation>
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
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>left from {date}, in since {time}</source>
            <translation>left from {date}, in since {time}</translation>
        </message>
        <message>
            <source>still inside at closing</source>
            <translation>still inside at closing</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>Desk</translation>
        </message>
        <message>
            <source>still inside at closing — released on {date} {time} by {who}</source>
            <translation>still inside at closing — released on {date} {time} by {who}</translation>
        </message>
        <message>
            <source>Audit log when this sheet was made: {count} events; its chain head:</source>
            <translation>Audit log when this sheet was made: {count} events; its chain head:</translation>
        </message>
        <message>
            <source>Person id</source>
            <translation>Person id</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Days present</source>
            <translation>Days present</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Entries used</source>
            <translation>Entries used</translation>
        </message>
        <message>
            <source>Entries left</source>
            <translation>Entries left</translation>
        </message>
        <message>
            <source>Days over the plan</source>
            <translation>Days over the plan</translation>
        </message>
        <message>
            <source>Plan usage</source>
            <translation>Plan usage</translation>
        </message>
        <message>
            <source>Over the plan</source>
            <translation>Over the plan</translation>
        </message>
        <message>
            <source>Days left unused</source>
            <translation>Days left unused</translation>
        </message>
        <message>
            <source>Organisations' seats</source>
            <translation>Organisations' seats</translation>
        </message>
        <message>
            <source>Everyone this month</source>
            <translation>Everyone this month</translation>
        </message>
        <message>
            <source>People over the plan</source>
            <translation>People over the plan</translation>
        </message>
        <message>
            <source>People with days left</source>
            <translation>People with days left</translation>
        </message>
        <message>
            <source>People on a plan</source>
            <translation>People on a plan</translation>
        </message>
        <message>
            <source>Days over, in all</source>
            <translation>Days over, in all</translation>
        </message>
        <message>
            <source>Anonymised guests</source>
            <translation>Anonymised guests</translation>
        </message>
        <message>
            <source>Days present, in all</source>
            <translation>Days present, in all</translation>
        </message>
        <message>
            <source>Nobody went over the plan.</source>
            <translation>Nobody went over the plan.</translation>
        </message>
        <message>
            <source>Nobody left days unused.</source>
            <translation>Nobody left days unused.</translation>
        </message>
        <message>
            <source>Nobody came this month.</source>
            <translation>Nobody came this month.</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Seats</translation>
        </message>
        <message>
            <source>Most used at once</source>
            <translation>Most used at once</translation>
        </message>
        <message>
            <source>Days used</source>
            <translation>Days used</translation>
        </message>
        <message>
            <source>Used / included</source>
            <translation>Used / included</translation>
        </message>
        <message>
            <source>no plan</source>
            <translation>no plan</translation>
        </message>
        <message>
            <source>seats of {org}</source>
            <translation>seats of {org}</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>unlimited</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>Monday</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Friday</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Mon</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Tue</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Wed</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Thu</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Fri</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sat</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Sun</translation>
        </message>
        <message>
            <source>January</source>
            <translation>January</translation>
        </message>
        <message>
            <source>February</source>
            <translation>February</translation>
        </message>
        <message>
            <source>March</source>
            <translation>March</translation>
        </message>
        <message>
            <source>April</source>
            <translation>April</translation>
        </message>
        <message>
            <source>May</source>
            <translation>May</translation>
        </message>
        <message>
            <source>June</source>
            <translation>June</translation>
        </message>
        <message>
            <source>July</source>
            <translation>July</translation>
        </message>
        <message>
            <source>August</source>
            <translation>August</translation>
        </message>
        <message>
            <source>September</source>
            <translation>September</translation>
        </message>
        <message>
            <source>October</source>
            <translation>October</translation>
        </message>
        <message>
            <source>November</source>
            <translation>November</translation>
        </message>
        <message>
            <source>December</source>
            <translation>December</translation>
        </message>
        <message>
            <source>Attendance sheet</source>
            <translation>Attendance sheet</translation>
        </message>
        <message>
            <source>Attendance report</source>
            <translation>Attendance report</translation>
        </message>
        <message>
            <source>Emergency list</source>
            <translation>Emergency list</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Occupancy by hour</source>
            <translation>Occupancy by hour</translation>
        </message>
        <message>
            <source>Occupancy by hour (highest in each hour)</source>
            <translation>Occupancy by hour (highest in each hour)</translation>
        </message>
        <message>
            <source>Visits per day</source>
            <translation>Visits per day</translation>
        </message>
        <message>
            <source>Average occupancy by weekday and hour</source>
            <translation>Average occupancy by weekday and hour</translation>
        </message>
        <message>
            <source>Busiest days</source>
            <translation>Busiest days</translation>
        </message>
        <message>
            <source>Members and guests</source>
            <translation>Members and guests</translation>
        </message>
        <message>
            <source>Members, guests and staff</source>
            <translation>Members, guests and staff</translation>
        </message>
        <message>
            <source>Kids' space</source>
            <translation>Kids' space</translation>
        </message>
        <message>
            <source>Educators</source>
            <translation>Educators</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Signatures</translation>
        </message>
        <message>
            <source>Staff on duty</source>
            <translation>Staff on duty</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Desk users: {users}</source>
            <translation>Desk users: {users}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <source>Generated on {date} at {time}</source>
            <translation>Generated on {date} at {time}</translation>
        </message>
        <message>
            <source>opening hours {opens}–{closes}</source>
            <translation>opening hours {opens}–{closes}</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>a {hours}-hour day (clocks changed)</source>
            <translation>a {hours}-hour day (clocks changed)</translation>
        </message>
        <message>
            <source>{first} – {last}</source>
            <translation>{first} – {last}</translation>
        </message>
        <message>
            <source>Guests anonymised under the retention rules.</source>
            <translation>Guests anonymised under the retention rules.</translation>
        </message>
        <message>
            <source>Confidential: personal data processed under the GDPR (EU Reg. 2016/679) to record attendance, as described in the venue's privacy notice. No health data is printed. Keep under lock and destroy according to the retention rules.</source>
            <translation>Confidential: personal data processed under the GDPR (EU Reg. 2016/679) to record attendance, as described in the venue's privacy notice. No health data is printed. Keep under lock and destroy according to the retention rules.</translation>
        </message>
        <message>
            <source>Confidential, for the roll call at the assembly point only: destroy after use.</source>
            <translation>Confidential, for the roll call at the assembly point only: destroy after use.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>In</source>
            <translation>In</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>Out</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Child</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>Brought by</source>
            <translation>Brought by</translation>
        </message>
        <message>
            <source>Collected by</source>
            <translation>Collected by</translation>
        </message>
        <message>
            <source>Pickup</source>
            <translation>Pickup</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Allergy</source>
            <translation>Allergy</translation>
        </message>
        <message>
            <source>Guardians (phone)</source>
            <translation>Guardians (phone)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visits</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Peak</source>
            <translation>Peak</translation>
        </message>
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
            <source>Educator</source>
            <translation>Educator</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>Guests</translation>
        </message>
        <message>
            <source>Anonymous guest {n}</source>
            <translation>Anonymous guest {n}</translation>
        </message>
        <message>
            <source>Anonymous {n}</source>
            <translation>Anonymous {n}</translation>
        </message>
        <message>
            <source>peak {peak}/{capacity} at {time}</source>
            <translation>peak {peak}/{capacity} at {time}</translation>
        </message>
        <message>
            <source>no one inside</source>
            <translation>no one inside</translation>
        </message>
        <message>
            <source>average stay {duration}</source>
            <translation>average stay {duration}</translation>
        </message>
        <message>
            <source>average stay {duration}, auto check-outs left out</source>
            <translation>average stay {duration}, auto check-outs left out</translation>
        </message>
        <message>
            <source>{duration} (auto check-outs left out)</source>
            <translation>{duration} (auto check-outs left out)</translation>
        </message>
        <message>
            <source>nothing to report</source>
            <translation>nothing to report</translation>
        </message>
        <message>
            <source>No visits.</source>
            <translation>No visits.</translation>
        </message>
        <message>
            <source>capacity {capacity}</source>
            <translation>capacity {capacity}</translation>
        </message>
        <message>
            <source>Nobody is inside.</source>
            <translation>Nobody is inside.</translation>
        </message>
        <message>
            <source>Everyone inside at {time}, per area. Tick each person present at the assembly point.</source>
            <translation>Everyone inside at {time}, per area. Tick each person present at the assembly point.</translation>
        </message>
        <message>
            <source>auto check-out</source>
            <translation>auto check-out</translation>
        </message>
        <message>
            <source>time corrected</source>
            <translation>time corrected</translation>
        </message>
        <message>
            <source>capacity override</source>
            <translation>capacity override</translation>
        </message>
        <message>
            <source>released with an override</source>
            <translation>released with an override</translation>
        </message>
        <message>
            <source>late pickup</source>
            <translation>late pickup</translation>
        </message>
        <message>
            <source>still inside</source>
            <translation>still inside</translation>
        </message>
        <message>
            <source>not checked out</source>
            <translation>not checked out</translation>
        </message>
        <message>
            <source>since {date} {time}</source>
            <translation>since {date} {time}</translation>
        </message>
        <message>
            <source>continues until {date} {time}</source>
            <translation>continues until {date} {time}</translation>
        </message>
        <message>
            <source>code matched</source>
            <translation>code matched</translation>
        </message>
        <message>
            <source>no code check</source>
            <translation>no code check</translation>
        </message>
        <message>
            <source>allergy</source>
            <translation>allergy</translation>
        </message>
        <message>
            <source>Open days</source>
            <translation>Open days</translation>
        </message>
        <message>
            <source>Average visits per open day</source>
            <translation>Average visits per open day</translation>
        </message>
        <message>
            <source>Highest peak</source>
            <translation>Highest peak</translation>
        </message>
        <message>
            <source>Visits by members</source>
            <translation>Visits by members</translation>
        </message>
        <message>
            <source>Visits by guests</source>
            <translation>Visits by guests</translation>
        </message>
        <message>
            <source>Visits by staff</source>
            <translation>Visits by staff</translation>
        </message>
        <message>
            <source>Distinct members</source>
            <translation>Distinct members</translation>
        </message>
        <message>
            <source>Distinct guests</source>
            <translation>Distinct guests</translation>
        </message>
        <message>
            <source>Distinct staff</source>
            <translation>Distinct staff</translation>
        </message>
        <message>
            <source>Average stay</source>
            <translation>Average stay</translation>
        </message>
        <message>
            <source>Child visits</source>
            <translation>Child visits</translation>
        </message>
        <message>
            <source>Distinct children</source>
            <translation>Distinct children</translation>
        </message>
        <message>
            <source>Average stay of children</source>
            <translation>Average stay of children</translation>
        </message>
        <message>
            <source>Pickup overrides</source>
            <translation>Pickup overrides</translation>
        </message>
        <message>
            <source>Late pickups</source>
            <translation>Late pickups</translation>
        </message>
        <message>
            <source>Auto check-outs</source>
            <translation>Auto check-outs</translation>
        </message>
        <message>
            <source>average</source>
            <translation>average</translation>
        </message>
        <message>
            <source>peak</source>
            <translation>peak</translation>
        </message>
        <message>
            <source>No visits in this period.</source>
            <translation>No visits in this period.</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <source>Check-out</source>
            <translation>Check-out</translation>
        </message>
        <message>
            <source>Duration (minutes)</source>
            <translation>Duration (minutes)</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Flags</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n member</numerusform>
                <numerusform>%n members</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n guest(s)</source>
            <translation>
                <numerusform>%n guest</numerusform>
                <numerusform>%n guests</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n child(ren)</source>
            <translation>
                <numerusform>%n child</numerusform>
                <numerusform>%n children</numerusform>
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
                <numerusform>%n educator</numerusform>
                <numerusform>%n educators</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n visit(s)</source>
            <translation>
                <numerusform>%n visit</numerusform>
                <numerusform>%n visits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n inside</source>
            <translation>
                <numerusform>%n inside</numerusform>
                <numerusform>%n inside</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n auto check-out(s)</source>
            <translation>
                <numerusform>%n auto check-out</numerusform>
                <numerusform>%n auto check-outs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n corrected time(s)</source>
            <translation>
                <numerusform>%n corrected time</numerusform>
                <numerusform>%n corrected times</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n override(s)</source>
            <translation>
                <numerusform>%n override</numerusform>
                <numerusform>%n overrides</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n late pickup(s)</source>
            <translation>
                <numerusform>%n late pickup</numerusform>
                <numerusform>%n late pickups</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportsView</name>
        <message>
            <source>&amp;Daily attendance sheet</source>
            <translation>&amp;Daily attendance sheet</translation>
        </message>
        <message>
            <source>&amp;Period report</source>
            <translation>&amp;Period report</translation>
        </message>
        <message>
            <source>Plan &amp;usage of a month</source>
            <translation>Plan &amp;usage of a month</translation>
        </message>
        <message>
            <source>The month of the “From” day: who went over their plan, who left days unused</source>
            <translation>The month of the “From” day: who went over their plan, who left days unused</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>This week</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>This month</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Last month</translation>
        </message>
        <message>
            <source>The language of the PDF and of the CSV headers</source>
            <translation>The language of the PDF and of the CSV headers</translation>
        </message>
        <message>
            <source>&amp;Make the PDF</source>
            <translation>&amp;Make the PDF</translation>
        </message>
        <message>
            <source>Make the report in the background: the desk keeps working meanwhile</source>
            <translation>Make the report in the background: the desk keeps working meanwhile</translation>
        </message>
        <message>
            <source>&amp;Open in the PDF viewer</source>
            <translation>&amp;Open in the PDF viewer</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>P&amp;rint…</translation>
        </message>
        <message>
            <source>&amp;Save a copy…</source>
            <translation>&amp;Save a copy…</translation>
        </message>
        <message>
            <source>E&amp;xport visits (CSV)…</source>
            <translation>E&amp;xport visits (CSV)…</translation>
        </message>
        <message>
            <source>Every visit of the chosen day or period, for Excel (semicolons, UTF-8)</source>
            <translation>Every visit of the chosen day or period, for Excel (semicolons, UTF-8)</translation>
        </message>
        <message>
            <source>Choose a day or a period and press “Make the PDF”: the report shows here.</source>
            <translation>Choose a day or a period and press “Make the PDF”: the report shows here.</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>E&amp;xport the usage (CSV)…</source>
            <translation>E&amp;xport the usage (CSV)…</translation>
        </message>
        <message>
            <source>Plan usage of {month}</source>
            <translation>Plan usage of {month}</translation>
        </message>
        <message>
            <source>Attendance sheet of {day}</source>
            <translation>Attendance sheet of {day}</translation>
        </message>
        <message>
            <source>Attendance report {first} – {last}</source>
            <translation>Attendance report {first} – {last}</translation>
        </message>
        <message>
            <source>Making “{title}”…</source>
            <translation>Making “{title}”…</translation>
        </message>
        <message>
            <source>The PDF was made but cannot be shown: {path}</source>
            <translation>The PDF was made but cannot be shown: {path}</translation>
        </message>
        <message>
            <source>Ready: {title}. Pages: {pages}.</source>
            <translation>Ready: {title}. Pages: {pages}.</translation>
        </message>
        <message>
            <source>Saved as {path}</source>
            <translation>Saved as {path}</translation>
        </message>
        <message>
            <source>Export as CSV</source>
            <translation>Export as CSV</translation>
        </message>
        <message>
            <source>CSV files for Excel (*.csv)</source>
            <translation>CSV files for Excel (*.csv)</translation>
        </message>
        <message>
            <source>Visits exported: {count}. File: {path}</source>
            <translation>Visits exported: {count}. File: {path}</translation>
        </message>
        <message>
            <source>Plan usage exported: {count} people. File: {path}</source>
            <translation>Plan usage exported: {count} people. File: {path}</translation>
        </message>
        <message>
            <source>The CSV file could not be written: {reason}. Choose another folder.</source>
            <translation>The CSV file could not be written: {reason}. Choose another folder.</translation>
        </message>
        <message>
            <source>Sent to the printer {printer}.</source>
            <translation>Sent to the printer {printer}.</translation>
        </message>
        <message>
            <source>The report could not be made.</source>
            <translation>The report could not be made.</translation>
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
            <source>OVERRIDE</source>
            <translation>OVERRIDE</translation>
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
            <source>REFUSED: {name}</source>
            <translation>REFUSED: {name}</translation>
        </message>
        <message>
            <source>Undo ({key})</source>
            <translation>Undo ({key})</translation>
        </message>
        <message numerus="yes">
            <source>%n still inside checked out automatically.</source>
            <translation>
                <numerusform>%n person still inside was checked out automatically.</numerusform>
                <numerusform>%n people still inside were checked out automatically.</numerusform>
            </translation>
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
        <name>ServerPresence</name>
        <message>
            <source>Nobody can be checked in or out, and nothing can be saved, until the server is back; the desk reconnects by itself. The emergency list (F9) shows who was inside at the last successful read.</source>
            <translation>Nobody can be checked in or out, and nothing can be saved, until the server is back; the desk reconnects by itself. The emergency list (F9) shows who was inside at the last successful read.</translation>
        </message>
        <message>
            <source>The database server is back</source>
            <translation>The database server is back</translation>
        </message>
        <message>
            <source>Everything on screen was read again. Check-ins work normally.</source>
            <translation>Everything on screen was read again. Check-ins work normally.</translation>
        </message>
        <message>
            <source>Server away since {since}: check-ins refused</source>
            <translation>Server away since {since}: check-ins refused</translation>
        </message>
        <message>
            <source>Server away since {since}: check-ins refused · data on screen as of {read}</source>
            <translation>Server away since {since}: check-ins refused · data on screen as of {read}</translation>
        </message>
        <message>
            <source>another desk</source>
            <translation>another desk</translation>
        </message>
        <message>
            <source>Pickup refused at {desk}</source>
            <translation>Pickup refused at {desk}</translation>
        </message>
        <message>
            <source>{who}: the pickup was refused there. Ask the kids' room why.</source>
            <translation>{who}: the pickup was refused there. Ask the kids' room why.</translation>
        </message>
        <message>
            <source>Kids' alarm handled at {desk}</source>
            <translation>Kids' alarm handled at {desk}</translation>
        </message>
        <message>
            <source>{who}: the after-closing alarm was handled there.</source>
            <translation>{who}: the after-closing alarm was handled there.</translation>
        </message>
        <message>
            <source>A child</source>
            <translation>A child</translation>
        </message>
    </context>
    <context>
        <name>SettingsEntry</name>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>Desk users, areas, hours, printers, privacy, backups, the database</source>
            <translation>Desk users, areas, hours, printers, privacy, backups, the database</translation>
        </message>
        <message>
            <source>Settings, for managers (Ctrl+,)</source>
            <translation>Settings, for managers (Ctrl+,)</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Save changes</source>
            <translation>Save changes</translation>
        </message>
        <message>
            <source>Save the changes on this page (Enter)</source>
            <translation>Save the changes on this page (Enter)</translation>
        </message>
        <message>
            <source>Saved. The desk uses the new settings now.</source>
            <translation>Saved. The desk uses the new settings now.</translation>
        </message>
    </context>
    <context>
        <name>SettingsWindow</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Settings pages</source>
            <translation>Settings pages</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Close the settings (Esc)</source>
            <translation>Close the settings (Esc)</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
    </context>
    <context>
        <name>SignInForm</name>
        <message>
            <source>Sign in to the desk</source>
            <translation>Sign in to the desk</translation>
        </message>
        <message>
            <source>Desk user</source>
            <translation>Desk user</translation>
        </message>
        <message>
            <source>PIN or password</source>
            <translation>PIN or password</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Manager locked out? Use a recovery code…</source>
            <translation>Manager locked out? Use a recovery code…</translation>
        </message>
        <message>
            <source>Choose your name and type your PIN or password.</source>
            <translation>Choose your name and type your PIN or password.</translation>
        </message>
    </context>
    <context>
        <name>Since</name>
        <message>
            <source>since yesterday, {time}</source>
            <translation>since yesterday, {time}</translation>
        </message>
        <message>
            <source>since {date}, {time}</source>
            <translation>since {date}, {time}</translation>
        </message>
    </context>
    <context>
        <name>SingleInstance</name>
        <message>
            <source>Serre Desk is already open on this data folder but does not answer: wait for its window, or close it and start again.</source>
            <translation>Serre Desk is already open on this data folder but does not answer: wait for its window, or close it and start again.</translation>
        </message>
        <message>
            <source>Serre Desk is already open on this data folder: its window is now in front.</source>
            <translation>Serre Desk is already open on this data folder: its window is now in front.</translation>
        </message>
    </context>
    <context>
        <name>Station</name>
        <message>
            <source>Reception</source>
            <translation>Reception</translation>
        </message>
        <message>
            <source>Kids' room</source>
            <translation>Kids' room</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Office</translation>
        </message>
    </context>
    <context>
        <name>StationLayout</name>
        <message>
            <source>This desk: {name} ({kind})</source>
            <translation>This desk: {name} ({kind})</translation>
        </message>
        <message>
            <source>&amp;Scanning at this desk</source>
            <translation>&amp;Scanning at this desk</translation>
        </message>
        <message>
            <source>Badges scanned here check people in and out (off on an office desk)</source>
            <translation>Badges scanned here check people in and out (off on an office desk)</translation>
        </message>
        <message>
            <source>Scanning is off at this desk</source>
            <translation>Scanning is off at this desk</translation>
        </message>
        <message>
            <source>Nobody was checked in or out. To check people in here, turn on Desk ▸ Scanning at this desk.</source>
            <translation>Nobody was checked in or out. To check people in here, turn on Desk ▸ Scanning at this desk.</translation>
        </message>
        <message>
            <source>{area}: children {children} · educators {educators} ({needed} needed)</source>
            <translation>{area}: children {children} · educators {educators} ({needed} needed)</translation>
        </message>
        <message>
            <source>Not enough educators for the children inside</source>
            <translation>Not enough educators for the children inside</translation>
        </message>
        <message>
            <source>Enough educators for the children inside</source>
            <translation>Enough educators for the children inside</translation>
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
        <name>UsersPage</name>
        <message>
            <source>Desk users</source>
            <translation>Desk users</translation>
        </message>
        <message>
            <source>Staff sign in with a PIN of at least 6 digits, managers with a password of at least 12 characters. Changes reach the lock screen at once.</source>
            <translation>Staff sign in with a PIN of at least 6 digits, managers with a password of at least 12 characters. Changes reach the lock screen at once.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Last sign-in</source>
            <translation>Last sign-in</translation>
        </message>
        <message>
            <source>Failed attempts</source>
            <translation>Failed attempts</translation>
        </message>
        <message>
            <source>Print the recovery code…</source>
            <translation>Print the recovery code…</translation>
        </message>
        <message>
            <source>Add a desk user</source>
            <translation>Add a desk user</translation>
        </message>
        <message>
            <source>Staff (PIN)</source>
            <translation>Staff (PIN)</translation>
        </message>
        <message>
            <source>Manager (password)</source>
            <translation>Manager (password)</translation>
        </message>
        <message>
            <source>PIN: 6+ digits · password: 12+ characters</source>
            <translation>PIN: 6+ digits · password: 12+ characters</translation>
        </message>
        <message>
            <source>Add the user</source>
            <translation>Add the user</translation>
        </message>
        <message>
            <source>PIN or password</source>
            <translation>PIN or password</translation>
        </message>
        <message>
            <source>Again</source>
            <translation>Again</translation>
        </message>
        <message>
            <source>The selected user</source>
            <translation>The selected user</translation>
        </message>
        <message>
            <source>Set the new PIN or password</source>
            <translation>Set the new PIN or password</translation>
        </message>
        <message>
            <source>New PIN or password</source>
            <translation>New PIN or password</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Deactivate…</source>
            <translation>Deactivate…</translation>
        </message>
        <message>
            <source>New recovery code…</source>
            <translation>New recovery code…</translation>
        </message>
        <message>
            <source>A new code for a manager locked out; the old one stops working</source>
            <translation>A new code for a manager locked out; the old one stops working</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Deactivated</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Locked</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>The selected user: {name}</source>
            <translation>The selected user: {name}</translation>
        </message>
        <message>
            <source>Reactivate with this PIN or password</source>
            <translation>Reactivate with this PIN or password</translation>
        </message>
        <message>
            <source>The two entries differ: type them again.</source>
            <translation>The two entries differ: type them again.</translation>
        </message>
        <message>
            <source>{name} can sign in now.</source>
            <translation>{name} can sign in now.</translation>
        </message>
        <message>
            <source>{name} signs in with the new PIN or password.</source>
            <translation>{name} signs in with the new PIN or password.</translation>
        </message>
        <message>
            <source>{name} is unlocked.</source>
            <translation>{name} is unlocked.</translation>
        </message>
        <message>
            <source>Deactivate a desk user</source>
            <translation>Deactivate a desk user</translation>
        </message>
        <message>
            <source>{name} will no longer be able to sign in. Their name stays in the audit log. A manager can reactivate them later with a new PIN or password.</source>
            <translation>{name} will no longer be able to sign in. Their name stays in the audit log. A manager can reactivate them later with a new PIN or password.</translation>
        </message>
        <message>
            <source>Deactivate {name}</source>
            <translation>Deactivate {name}</translation>
        </message>
        <message>
            <source>Keep {name}</source>
            <translation>Keep {name}</translation>
        </message>
        <message>
            <source>{name} is deactivated.</source>
            <translation>{name} is deactivated.</translation>
        </message>
        <message>
            <source>A new recovery code for {name}: the old one no longer works.</source>
            <translation>A new recovery code for {name}: the old one no longer works.</translation>
        </message>
        <message>
            <source>Recovery code: {name}</source>
            <translation>Recovery code: {name}</translation>
        </message>
        <message>
            <source>Keep this sheet with the venue's keys, away from the desk. At the sign-in choose “Use a recovery code” to set a new password. Each code works once.</source>
            <translation>Keep this sheet with the venue's keys, away from the desk. At the sign-in choose “Use a recovery code” to set a new password. Each code works once.</translation>
        </message>
    </context>
    <context>
        <name>Warning</name>
        <message>
            <source>Ratio broken in {area}: {children}; educators needed: {needed}, present: {educators}.</source>
            <translation>Ratio broken in {area}: {children}; educators needed: {needed}, present: {educators}.</translation>
        </message>
        <message>
            <source>A new privacy notice is in force: show it to {name} and record it on their card (Modifica).</source>
            <translation>A new privacy notice is in force: show it to {name} and record it on their card (Modifica).</translation>
        </message>
        <message>
            <source>Still in the kids' space, brought by {name}: {children}.</source>
            <translation>Still in the kids' space, brought by {name}: {children}.</translation>
        </message>
        <message numerus="yes">
            <source>%n child(ren)</source>
            <translation>
                <numerusform>%n child</numerusform>
                <numerusform>%n children</numerusform>
            </translation>
        </message>
    </context>
</TS>
