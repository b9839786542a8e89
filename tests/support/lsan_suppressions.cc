// LeakSanitizer suppressions built into the test binary, so every way of
// running it (ctest, by hand) gets them. Only fontconfig's: its parsed
// configuration and the font patterns cairo's process-wide font cache keeps
// until exit once the report has measured or drawn a label. The same
// suppression as fixtures/CMakeLists.txt's for the fixture generator.
// Without a sanitizer the function is never called.

extern "C" const char* __lsan_default_suppressions();  // NOLINT(bugprone-reserved-identifier)

extern "C" const char* __lsan_default_suppressions() {  // NOLINT(bugprone-reserved-identifier)
  return "leak:libfontconfig.so\n";
}
