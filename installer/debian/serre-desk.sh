#!/bin/sh
# /usr/bin/serre-desk: the desk (no command) and its command line, from the bundle in /opt.
exec /opt/serre-desk/serre-desk "$@"
