// Generated from the server's /openapi.json by `npm run mp:api-types`; do not edit.
export interface paths {
    "/api/mp/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply for my enterprise (once; a second call returns the same application) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        campaignId: string;
                    };
                };
            };
            responses: {
                /** @description Had applied already */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appliedAt: string;
                            campaignId: string;
                            campaignName: string;
                            /** @enum {string|null} */
                            current: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming" | null;
                            currentName: string | null;
                            enterpriseId: string;
                            id: string;
                            nextStep: string;
                            officeId: string;
                            stages: {
                                deadline: string;
                                deadlineText: string;
                                done: boolean;
                                doneAt: string | null;
                                /** @enum {string} */
                                key: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming";
                                late: boolean;
                                name: string;
                            }[];
                            withdrawn: boolean;
                        };
                    };
                };
                /** @description Applied */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appliedAt: string;
                            campaignId: string;
                            campaignName: string;
                            /** @enum {string|null} */
                            current: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming" | null;
                            currentName: string | null;
                            enterpriseId: string;
                            id: string;
                            nextStep: string;
                            officeId: string;
                            stages: {
                                deadline: string;
                                deadlineText: string;
                                done: boolean;
                                doneAt: string | null;
                                /** @enum {string} */
                                key: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming";
                                late: boolean;
                                name: string;
                            }[];
                            withdrawn: boolean;
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Not bound as an enterprise contact, or not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Past the application deadline */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mp/applications/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My enterprise's applications: stages, deadlines (my district's where set), the current stage and what to do next */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Mine */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applications: {
                                appliedAt: string;
                                campaignId: string;
                                campaignName: string;
                                /** @enum {string|null} */
                                current: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming" | null;
                                currentName: string | null;
                                enterpriseId: string;
                                id: string;
                                nextStep: string;
                                officeId: string;
                                stages: {
                                    deadline: string;
                                    deadlineText: string;
                                    done: boolean;
                                    doneAt: string | null;
                                    /** @enum {string} */
                                    key: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming";
                                    late: boolean;
                                    name: string;
                                }[];
                                withdrawn: boolean;
                            }[];
                            canApply: {
                                applyBy: string;
                                applyByText: string;
                                campaignId: string;
                                name: string;
                            }[];
                            contact: {
                                maskedName: string;
                            };
                            enterprise: {
                                id: string;
                                name: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Not bound as an enterprise contact, or not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mp/applications/self-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark our self-assessment submitted (已提交) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        applicationId?: string;
                    };
                };
            };
            responses: {
                /** @description Where it stands now */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appliedAt: string;
                            campaignId: string;
                            campaignName: string;
                            /** @enum {string|null} */
                            current: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming" | null;
                            currentName: string | null;
                            enterpriseId: string;
                            id: string;
                            nextStep: string;
                            officeId: string;
                            stages: {
                                deadline: string;
                                deadlineText: string;
                                done: boolean;
                                doneAt: string | null;
                                /** @enum {string} */
                                key: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming";
                                late: boolean;
                                name: string;
                            }[];
                            withdrawn: boolean;
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Not bound as an enterprise contact, or not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Application withdrawn */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mp/attempts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An attempt: the paper, my answers, and after grading the result and review the policy allows */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deadline: string;
                            id: string;
                            number: number;
                            questions: {
                                chosen: string[];
                                id: string;
                                options: string[];
                                stem: string;
                                /** @enum {string} */
                                type: "single" | "multiple" | "truefalse";
                            }[];
                            quizId: string;
                            remainingSeconds: number;
                            result?: {
                                auto: boolean;
                                correct: number;
                                gradedAt: string;
                                passed: boolean;
                                score: number;
                                total: number;
                            };
                            review?: {
                                chosen: string[];
                                correct: boolean;
                                explanation: string;
                                id: string;
                                options: string[];
                                right: string[];
                                stem: string;
                                /** @enum {string} */
                                type: "single" | "multiple" | "truefalse";
                            }[];
                            startedAt: string;
                            /** @enum {string} */
                            status: "open" | "graded";
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Not found, not yours, or not bound */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mp/attempts/{id}/answers/{questionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save my answer to one question ("A", "AC" or option positions) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    questionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        choice: string | (string | number)[];
                    };
                };
            };
            responses: {
                /** @description Saved */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not a valid option */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Not found, not yours, or not bound */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Submitted or past the deadline */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mp/attempts/{id}/questions/{questionId}/shown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A question of my open attempt came on screen (its first showing is kept; answers sooner than INTEGRITY_FAST_ANSWER_S after it are flagged for the office) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    questionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Recorded */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Not found, not yours, or not bound */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mp/attempts/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit an attempt; grading happens once, a second submit returns the same result */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deadline: string;
                            id: string;
                            number: number;
                            questions: {
                                chosen: string[];
                                id: string;
                                options: string[];
                                stem: string;
                                /** @enum {string} */
                                type: "single" | "multiple" | "truefalse";
                            }[];
                            quizId: string;
                            remainingSeconds: number;
                            result?: {
                                auto: boolean;
                                correct: number;
                                gradedAt: string;
                                passed: boolean;
                                score: number;
                                total: number;
                            };
                            review?: {
                                chosen: string[];
                                correct: boolean;
                                explanation: string;
                                id: string;
                                options: string[];
                                right: string[];
                                stem: string;
                                /** @enum {string} */
                                type: "single" | "multiple" | "truefalse";
                            }[];
                            startedAt: string;
                            /** @enum {string} */
                            status: "open" | "graded";
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Not found, not yours, or not bound */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mp/bind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bind this WeChat user to a roster entry with a one-time code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Bound; the name comes back partly masked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            maskedName: string;
                            /** @enum {string} */
                            personType: "instructor" | "contact" | "staff";
                        };
                    };
                };
                /** @description Wrong code */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Code already used, or this WeChat user is bound to someone else */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Too many wrong codes this hour */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mp/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My certificates */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                courseTitle: string;
                                id: string;
                                issuedAt: string;
                                learnerName: string;
                                number: string;
                                /** @enum {string} */
                                status: "valid" | "revoked";
                            }[];
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Not found, not yours, or not bound */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mp/certificates/{id}/poster.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My certificate as a shareable image (PNG, 750×1100) with a QR code to its verify page */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The poster */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/png": unknown;
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Not found, not yours, or not bound */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mp/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Courses open to me, with my progress (reads only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                certificate: {
                                    code: string;
                                    courseTitle: string;
                                    id: string;
                                    issuedAt: string;
                                    learnerName: string;
                                    number: string;
                                    /** @enum {string} */
                                    status: "valid" | "revoked";
                                } | null;
                                complete: boolean;
                                courseId: string;
                                finalExam: {
                                    attemptsLeft: number;
                                    attemptsUsed: number;
                                    /** @enum {string} */
                                    grading: "highest" | "last" | "average";
                                    id: string;
                                    passed: boolean;
                                    result: number | null;
                                    title: string;
                                } | null;
                                lessonsRead: number;
                                lessonsTotal: number;
                                modules: {
                                    code: string;
                                    id: string;
                                    lessons: {
                                        id: string;
                                        minutes: number;
                                        read: boolean;
                                        title: string;
                                    }[];
                                    quiz: {
                                        attemptsLeft: number;
                                        attemptsUsed: number;
                                        /** @enum {string} */
                                        grading: "highest" | "last" | "average";
                                        id: string;
                                        passed: boolean;
                                        result: number | null;
                                        title: string;
                                    } | null;
                                    title: string;
                                }[];
                                next: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "lesson";
                                    moduleTitle: string;
                                    title: string;
                                } | {
                                    attemptsLeft: number;
                                    final: boolean;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "quiz";
                                    title: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "done";
                                };
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Not found, not yours, or not bound */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mp/courses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One course: modules, lessons read, quizzes and my standing */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            certificate: {
                                code: string;
                                courseTitle: string;
                                id: string;
                                issuedAt: string;
                                learnerName: string;
                                number: string;
                                /** @enum {string} */
                                status: "valid" | "revoked";
                            } | null;
                            complete: boolean;
                            courseId: string;
                            finalExam: {
                                attemptsLeft: number;
                                attemptsUsed: number;
                                /** @enum {string} */
                                grading: "highest" | "last" | "average";
                                id: string;
                                passed: boolean;
                                result: number | null;
                                title: string;
                            } | null;
                            lessonsRead: number;
                            lessonsTotal: number;
                            modules: {
                                code: string;
                                id: string;
                                lessons: {
                                    id: string;
                                    minutes: number;
                                    read: boolean;
                                    title: string;
                                }[];
                                quiz: {
                                    attemptsLeft: number;
                                    attemptsUsed: number;
                                    /** @enum {string} */
                                    grading: "highest" | "last" | "average";
                                    id: string;
                                    passed: boolean;
                                    result: number | null;
                                    title: string;
                                } | null;
                                title: string;
                            }[];
                            next: {
                                id: string;
                                /** @enum {string} */
                                kind: "lesson";
                                moduleTitle: string;
                                title: string;
                            } | {
                                attemptsLeft: number;
                                final: boolean;
                                id: string;
                                /** @enum {string} */
                                kind: "quiz";
                                title: string;
                            } | {
                                /** @enum {string} */
                                kind: "done";
                            };
                            title: string;
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Not found, not yours, or not bound */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mp/lessons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a lesson (markdown), with a reading token for its heartbeats */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            bodyHtml: string;
                            courseId: string;
                            id: string;
                            minutes: number;
                            moduleId: string;
                            reading: {
                                canComplete: boolean;
                                heartbeatSeconds: number;
                                presentSeconds: number;
                                requiredSeconds: number;
                                token: string;
                            };
                            title: string;
                            videoUrl: string | null;
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Not found, not yours, or not bound */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mp/lessons/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a lesson read; returns my course progress. 409 lesson_time_short (with the minutes still needed) until heartbeats show enough presence */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description My course progress */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            certificate: {
                                code: string;
                                courseTitle: string;
                                id: string;
                                issuedAt: string;
                                learnerName: string;
                                number: string;
                                /** @enum {string} */
                                status: "valid" | "revoked";
                            } | null;
                            complete: boolean;
                            courseId: string;
                            finalExam: {
                                attemptsLeft: number;
                                attemptsUsed: number;
                                /** @enum {string} */
                                grading: "highest" | "last" | "average";
                                id: string;
                                passed: boolean;
                                result: number | null;
                                title: string;
                            } | null;
                            lessonsRead: number;
                            lessonsTotal: number;
                            modules: {
                                code: string;
                                id: string;
                                lessons: {
                                    id: string;
                                    minutes: number;
                                    read: boolean;
                                    title: string;
                                }[];
                                quiz: {
                                    attemptsLeft: number;
                                    attemptsUsed: number;
                                    /** @enum {string} */
                                    grading: "highest" | "last" | "average";
                                    id: string;
                                    passed: boolean;
                                    result: number | null;
                                    title: string;
                                } | null;
                                title: string;
                            }[];
                            next: {
                                id: string;
                                /** @enum {string} */
                                kind: "lesson";
                                moduleTitle: string;
                                title: string;
                            } | {
                                attemptsLeft: number;
                                final: boolean;
                                id: string;
                                /** @enum {string} */
                                kind: "quiz";
                                title: string;
                            } | {
                                /** @enum {string} */
                                kind: "done";
                            };
                            title: string;
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Not found, not yours, or not bound */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Not present long enough yet (lesson_time_short) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mp/lessons/{id}/heartbeat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The lesson page is on screen: one heartbeat, carrying the reading token of GET /lessons/:id. One counts per LESSON_HEARTBEAT_S; faster ones answer counted: false */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Presence so far */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canComplete: boolean;
                            counted: boolean;
                            presentSeconds: number;
                            requiredSeconds: number;
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description The token is not for this learner and lesson, or has expired (reading_token_invalid) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Not found, not yours, or not bound */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mp/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mini-program sign-in: wx.login code → our token and who the user is (session_key never leaves the server). Without WECHAT_APPID outside production, the code is taken as the openid (development login) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Signed in */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bindings: {
                                maskedName: string;
                                /** @enum {string} */
                                personType: "instructor" | "contact" | "staff";
                            }[];
                            bound: boolean;
                            expiresIn: number;
                            maskedName: string | null;
                            /** @enum {string|null} */
                            personType: "instructor" | "contact" | "staff" | null;
                            token: string;
                        };
                    };
                };
                /** @description Invalid or used code (WeChat 40029) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description WeChat blocks this user (40226) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Too many sign-ins from this IP, or WeChat rate limit (45011) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description WeChat is not configured (production) or not answering */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mp/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who this mini-program user is bound to */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bindings by person type */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bindings: {
                                maskedName: string;
                                /** @enum {string} */
                                personType: "instructor" | "contact" | "staff";
                            }[];
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mp/news": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** News for me: what my office and those above it published (public news when I am not bound) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                coverUrl: string | null;
                                id: string;
                                link: string | null;
                                publishedAt: string;
                                summary: string;
                                title: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mp/news/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One news item; my read is recorded once */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The item */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            bodyHtml: string;
                            coverUrl: string | null;
                            id: string;
                            link: string | null;
                            publishedAt: string;
                            summary: string;
                            title: string;
                        };
                    };
                };
                /** @description Not found or not for me */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mp/practice/courses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A course's modules with their practice questions and how I did at them */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            courseId: string;
                            modules: {
                                answered: number;
                                code: string;
                                id: string;
                                practiceCount: number;
                                right: number;
                                title: string;
                            }[];
                            title: string;
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Not found, not yours, or not bound */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mp/practice/prompts/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a practice question: right or wrong at once, with the right answer and the explanation; a wrong one goes into my wrong-answer book. Counts towards nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        choice: string | (string | number)[];
                    };
                };
            };
            responses: {
                /** @description Feedback */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alreadyAnswered: boolean;
                            chosen: string[];
                            correct: boolean;
                            dueLeft: number;
                            explanation: string | null;
                            /** @enum {string} */
                            kind: "practice" | "review";
                            mastered: boolean;
                            right: string[] | null;
                        };
                    };
                };
                /** @description Not a valid option */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Not found, not yours, or not bound */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mp/practice/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The next practice question of a module (practice questions only, never an exam question); untimed, unlimited, never graded. 204 when the module has none */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        courseId: string;
                        moduleId: string;
                    };
                };
            };
            responses: {
                /** @description A question to answer */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            courseId: string;
                            /** @enum {string} */
                            kind: "practice" | "review";
                            moduleId: string | null;
                            promptId: string;
                            question: {
                                id: string;
                                options: string[];
                                stem: string;
                                /** @enum {string} */
                                type: "single" | "multiple" | "truefalse";
                            };
                            where: string;
                        };
                    };
                };
                /** @description The module has no practice questions */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Not found, not yours, or not bound */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mp/quizzes/{id}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My attempts at a quiz and my standing by its grading method */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: {
                                id: string;
                                number: number;
                                passed: boolean | null;
                                score: number | null;
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "graded";
                            }[];
                            standing: {
                                attemptsLeft: number;
                                attemptsUsed: number;
                                /** @enum {string} */
                                grading: "highest" | "last" | "average";
                                passed: boolean;
                                result: number | null;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Not found, not yours, or not bound */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start an attempt, or resume the open one; no answers in the paper. 409 while the quiz is not open yet (lessons unread, module quizzes not passed) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The attempt */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deadline: string;
                            id: string;
                            number: number;
                            questions: {
                                chosen: string[];
                                id: string;
                                options: string[];
                                stem: string;
                                /** @enum {string} */
                                type: "single" | "multiple" | "truefalse";
                            }[];
                            quizId: string;
                            remainingSeconds: number;
                            result?: {
                                auto: boolean;
                                correct: number;
                                gradedAt: string;
                                passed: boolean;
                                score: number;
                                total: number;
                            };
                            review?: {
                                chosen: string[];
                                correct: boolean;
                                explanation: string;
                                id: string;
                                options: string[];
                                right: string[];
                                stem: string;
                                /** @enum {string} */
                                type: "single" | "multiple" | "truefalse";
                            }[];
                            startedAt: string;
                            /** @enum {string} */
                            status: "open" | "graded";
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Not found, not yours, or not bound */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Not open yet, or no attempts left */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description The deadline job could not be queued; the attempt counts and the next call resumes it */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mp/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the mini-program needs before sign-in: subscribe-message template ids, the public verify base, whether sign-in is the development login */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Settings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            devLogin: boolean;
                            publicBaseUrl: string | null;
                            subscribeTemplates: {
                                id: string;
                                /** @enum {string} */
                                purpose: "reminder" | "news";
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mp/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record what the user tapped in the subscribe dialog: each accept grants one reminder message */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ref: string;
                        results: {
                            [key: string]: "accept" | "reject" | "ban" | "filter";
                        };
                    };
                };
            };
            responses: {
                /** @description Credits now held per template */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            credits: {
                                [key: string]: number;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mp/wrong-book": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My wrong-answer book, due questions first; answers and explanations only where the review policy allows */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            due: number;
                            items: {
                                courseId: string;
                                due: boolean;
                                dueDay: string;
                                enteredDay: string;
                                explanation: string | null;
                                lastChoice: string[] | null;
                                moduleId: string | null;
                                options: string[];
                                questionId: string;
                                revealed: boolean;
                                right: string[] | null;
                                /** @enum {string} */
                                source: "practice" | "quiz" | "exam" | "review";
                                stem: string;
                                streak: number;
                                /** @enum {string} */
                                type: "single" | "multiple" | "truefalse";
                                where: string;
                                wrongs: number;
                            }[];
                            today: string;
                            total: number;
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Not found, not yours, or not bound */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mp/wrong-book/{questionId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a due question of my wrong-answer book (one answer per review; two right in a row take it out) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    questionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        choice: string | (string | number)[];
                    };
                };
            };
            responses: {
                /** @description Feedback */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alreadyAnswered: boolean;
                            chosen: string[];
                            correct: boolean;
                            dueLeft: number;
                            explanation: string | null;
                            /** @enum {string} */
                            kind: "practice" | "review";
                            mastered: boolean;
                            right: string[] | null;
                        };
                    };
                };
                /** @description Not a valid option */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Not found, not yours, or not bound */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Not due yet */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mp/wrong-book/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My wrong-answer book in numbers: due today (今日错题), in the book, my answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            due: number;
                            rightAnswers: number;
                            total: number;
                            wrongAnswers: number;
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Not found, not yours, or not bound */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/certificates/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify a certificate by its code (no login; name partly masked) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The certificate and whether it is valid */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            courseTitle: string;
                            issuedAt: string;
                            learnerName: string;
                            number: string;
                            revokedAt: string | null;
                            /** @enum {string} */
                            status: "valid" | "revoked";
                        };
                    };
                };
                /** @description No such certificate */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/certificates/{code}/poster.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A certificate’s poster by its verification code (name masked), for sharing */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The poster */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/png": unknown;
                    };
                };
                /** @description No such certificate */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/news": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public news that went out, for sharing */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                coverUrl: string | null;
                                id: string;
                                link: string | null;
                                publishedAt: string;
                                summary: string;
                                title: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/news/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One public news item */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The item */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            bodyHtml: string;
                            coverUrl: string | null;
                            id: string;
                            link: string | null;
                            publishedAt: string;
                            summary: string;
                            title: string;
                        };
                    };
                };
                /** @description Not found or not public */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
