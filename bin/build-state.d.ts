export declare const DIST: URL;
export declare const BUILD_STAMP: URL;
export declare function buildIsCurrent(): boolean;
