import { configure } from '@testing-library/preact';

// The Maven build runs these tests beside other modules' builds on a loaded CI machine: the default
// one-second wait for an element is a timing assumption, not part of what any test checks.
configure({ asyncUtilTimeout: 5000 });
