// The Job pattern constructs (issue 4) export from here.
export {};
