# File names are bytes, which Java decodes with the locale's character set, fixed when it starts
# (sun.jnu.encoding cannot be set on its command line). Without a UTF-8 locale (cron, ssh, systemd: no LANG
# means ASCII) a name such as café.json cannot even be represented, so run in the C.UTF-8 locale then.
# The build puts this into the runtime image's launcher (pom.xml); packaging/linux/launcher.sh has it too.
case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in
*[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;;
*) LC_ALL=C.UTF-8; export LC_ALL ;;
esac
