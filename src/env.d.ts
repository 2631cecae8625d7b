interface ImportMetaEnv {
  /** True in the end-to-end test build, whose clock the tests can move. */
  readonly TEND_E2E: boolean;
}
