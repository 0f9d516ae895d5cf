// Runs after both invocations (invoker.properties), whose output build.log holds one after the other: the
// correct registry passed every contract, and the registry with the remove-by-key bug failed the build with
// the clause it breaks named in Surefire's summary of the failures.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def runs = log.split(/(?m)^\[INFO\] Scanning for projects/)
assert runs.length == 3 : "expected two Maven runs in build.log, found ${runs.length - 1}"
def correct = runs[1]
def faulty = runs[2]
assert correct.contains('BUILD SUCCESS') : 'the correct registry failed a contract'
['Unit', 'Sequential', 'Parallel', 'Lincheck'].each { contract ->
    // The unit contract skips its tests of replace and priority semantics (n/a for a stacking registry).
    def skipped = contract == 'Unit' ? /\d+/ : '0'
    assert correct =~ /Tests run: \d+, Failures: 0, Errors: 0, Skipped: ${skipped}, .* in com\.example\.driver\.GpuDriverRegistry${contract}Test/ :
            "the ${contract} contract did not run cleanly against the correct registry"
}
assert faulty.contains('BUILD FAILURE') : 'the faulty registry did not fail the build'
assert faulty =~ /\[ERROR\]\s+GpuDriverRegistryUnitTest\.aLateCloseOfTheOldRegistrationNeverRemovesItsReplacement \[C3 handle-scoped removal\]/ :
        'the unit test of C3 did not fail naming the clause'
println 'driver-build: the correct registry passed all four contracts; the faulty one failed naming C3'
return true
