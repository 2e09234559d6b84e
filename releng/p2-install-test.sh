#!/bin/bash
# The example agency feature installed into, then removed from, a copy of the built product with the p2 director,
# as docs/extending.md tells administrators to do. After installing, the new plan item type is offered and an item
# of it is saved; after removing, the type is gone and the item stays, shown as of an unknown type, values kept.
# Its first start also checks the product's one log: the migration's messages, Carebench's and Liquibase's (raised to
# INFO by a system property), in the workspace's .metadata/.log, and no complaint from SLF4J.
# Run by `releng/carebench test` after the build (JAVA_HOME set to a JDK 21+).
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# the trial product: the test uses the demo data to have care plans
PRODUCT="$ROOT/releng/org.carebench.product/target/products/org.carebench.product.trial/linux/gtk/x86_64/carebench"
REPOSITORY="$ROOT/releng/org.carebench.product/target/repository"
WORK="$ROOT/releng/org.carebench.product/target/install-test"
TYPE=org.carebench.example.housingSearch
FEATURE=org.carebench.example.housing.feature.feature.group
LOG="$WORK/install-test.log"

fail() {
  echo "p2 install test FAILED: $*"
  echo "(details in $LOG)"
  exit 1
}

[ -d "$PRODUCT" ] && [ -d "$REPOSITORY" ] || fail "build the product first (releng/carebench test)"
rm -rf "$WORK"
mkdir -p "$WORK"
cp -a "$PRODUCT" "$WORK/product"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# the boot keys of the test's encrypted databases stay in the test's folder, not in the user's secure storage
export CAREBENCH_VMARGS="-Dcarebench.secrets=$WORK/secrets"
launcher=$(ls "$WORK"/product/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)

run() {
  "$java" $CAREBENCH_VMARGS -Djava.awt.headless=true -jar "$launcher" -nosplash -nl en -data "$WORK/workspace" "$@" >> "$LOG" 2>&1
}
# the installed types and the items of the first care plan, as planItems prints them (ITEMS_VMARGS: JVM options)
items() {
  # -carebench.demo: the demo loads into a new database only, and its user signs in with the demo's password
  "$java" $CAREBENCH_VMARGS -Djava.awt.headless=true ${ITEMS_VMARGS:-} -jar "$launcher" -nosplash -nl en \
    -data "$WORK/workspace" -application org.carebench.app.planItems -carebench.db "$WORK/database" \
    -carebench.user ana -carebench.demo 100 "$@" 2>>"$LOG" | tee -a "$LOG"
}

echo "== before: a database with demo care plans" >> "$LOG"
# Liquibase's level raised by a system property, as docs/administration.md tells administrators
out=$(ITEMS_VMARGS=-Dcarebench.log.level.liquibase=INFO items -carebench.db.create) \
  || fail "the product could not list plan items"
# the one log: the migration at start-up, Carebench's and Liquibase's, in the workspace's .metadata/.log
metalog="$WORK/workspace/.metadata/.log"
[ -f "$WORK/product/configuration/logging.properties" ] || fail "the product has no configuration/logging.properties"
grep -Eq "^!ENTRY org\.carebench\.persistence\.internal\.OpenDatabase 1 " "$metalog" 2>/dev/null \
  || fail "Carebench's migration message is not in $metalog"
grep -q "^!MESSAGE ChangeSet .* ran successfully" "$metalog" || fail "Liquibase's change sets are not in $metalog"
# slf4j-api reports a missing or second provider as "SLF4J(W): ..." on standard error
grep -Eq "^SLF4J[(:]" "$LOG" && fail "SLF4J complained on standard error (no provider, or two?)"
grep -q "^type carebench.serviceUnits " <<< "$out" || fail "the built-in types are not offered"
grep -q "^item " <<< "$out" || fail "the demo care plan has no items"
grep -q "^type $TYPE " <<< "$out" && fail "the example type is offered before it is installed"

echo "== install" >> "$LOG"
run -application org.eclipse.equinox.p2.director -repository "file:$REPOSITORY" -installIU "$FEATURE" \
  || fail "the director could not install $FEATURE"
out=$(items -carebench.addItem "$TYPE" -carebench.value district=Trastevere -carebench.value rooms=2 \
  -carebench.value "maxRent=750 EUR" -carebench.value visitsPlanned=6 -carebench.value visitsDone=2) \
  || fail "no item of the installed type could be added"
grep -q "^type $TYPE | Housing search$" <<< "$out" || fail "the installed type is not offered"
grep -Eq "^item [0-9]+ \| Housing search \| installed \| .*district=Trastevere" <<< "$out" \
  || fail "the item of the installed type is not shown"

echo "== uninstall" >> "$LOG"
run -application org.eclipse.equinox.p2.director -uninstallIU "$FEATURE" || fail "the director could not uninstall $FEATURE"
out=$(items) || fail "the product could not list plan items after the uninstall"
grep -q "^type $TYPE " <<< "$out" && fail "the type is still offered after the uninstall"
grep -Eq "^item [0-9]+ \| $TYPE \(unknown type\) \| not installed \| .*district=Trastevere" <<< "$out" \
  || fail "the item of the uninstalled type is not shown with its values"
grep -q "^type carebench.serviceUnits " <<< "$out" || fail "the built-in types went with the uninstall"
echo "== the product's own script, its exit codes and its passwords" >> "$LOG"
# with an old Java first (JAVA_HOME and PATH), the script finds a Java 21+ by itself
old_java=$(ls -d /usr/lib/jvm/*17* 2>/dev/null | head -n 1)
if [ -n "$old_java" ]; then
  out=$(JAVA_HOME="$old_java" PATH="$old_java/bin:$PATH" "$WORK/product/carebench" -nosplash -nl en \
    -data "$WORK/workspace" -application org.carebench.app.planItems -carebench.db "$WORK/database" \
    -carebench.user ana -carebench.demo 100 2>>"$LOG") || fail "the product's script did not find a Java 21+ past $old_java"
  grep -q "^type carebench.serviceUnits " <<< "$out" || fail "the product's script ran nothing"
fi
# the product's script refuses a password on its command line before Java starts (nothing reaches a log)
"$WORK/product/carebench" -carebench.user ana -carebench.password "any-$RANDOM" >> "$LOG" 2>&1
[ $? -eq 2 ] || fail "the product's script did not refuse a password on its command line"
# a password on the command line is refused (and the run fails), whatever it is
out=$(items -carebench.password "any-$RANDOM")
grep -q "^type " <<< "$out" && fail "a password on the command line was accepted"
grep -q "command line" <<< "$out" || fail "the refusal of a command-line password does not say why"
# the workbench ends with exit code 2 when it cannot open its database, so that scripts and service managers see it
if [ -n "${DISPLAY:-}" ]; then
  "$java" $CAREBENCH_VMARGS -Dcarebench.unattended=true -jar "$launcher" -nosplash -nl en -data "$WORK/workspace-2" \
    -carebench.db "$WORK/no-such-database" >> "$LOG" 2>&1
  code=$?
  [ "$code" -eq 2 ] || fail "the workbench exited $code without its database, not 2"
fi
echo "== the agency's product: no demo data, no benchmarks" >> "$LOG"
AGENCY="$ROOT/releng/org.carebench.product/target/products/org.carebench.product/linux/gtk/x86_64/carebench"
ls "$AGENCY"/plugins | grep -Eq "^org\.carebench\.(demo|benchmarks)_" && fail "the agency's product has the tools feature"
# -carebench.demo on it loads nothing: nobody can sign in to a new database until its first administrator is set up
out=$("$AGENCY/carebench" -nosplash -nl en -data "$WORK/workspace-agency" -application org.carebench.app.planItems \
  -carebench.db "$WORK/agency-database" -carebench.db.create -carebench.user ana -carebench.demo 10 2>>"$LOG")
code=$?
echo "$out" >> "$LOG"
[ "$code" -eq 2 ] || fail "the agency's product exited $code on a new database with -carebench.demo, not 2"
grep -q "Wrong login or password" <<< "$out" || fail "the agency's product did not refuse the demo user"
grep -q "NoClassDefFoundError" "$WORK/workspace-agency/.metadata/.log" 2>/dev/null \
  && fail "the agency's product misses a class (see $WORK/workspace-agency/.metadata/.log)"
echo "p2 install test passed: $FEATURE installed, offered, used, uninstalled; its item kept read-only; the script finds its Java; exit codes and password refusals hold; the agency's product has no demo"
