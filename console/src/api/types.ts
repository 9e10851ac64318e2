// Generated from the server's /openapi.json by `npm run console:api-types`; do not edit.
export interface paths {
    "/api/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit log of admin writes in my subtree, newest first (phones masked) */
        get: {
            parameters: {
                query?: {
                    entity?: string;
                    entityId?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of entries */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actor: {
                                    id: string;
                                    name: string;
                                };
                                after: unknown;
                                at: string;
                                before: unknown;
                                entity: string;
                                entityId: string;
                                id: string;
                                officeId: string;
                            }[];
                            page: number;
                            pageSize: number;
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
    "/api/admin/banks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the question banks of my subtree */
        get: {
            parameters: {
                query?: {
                    officeId?: string;
                    page?: number;
                    pageSize?: number;
                    q?: string;
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
                                code: string;
                                id: string;
                                officeId: string;
                                practiceCount: number;
                                questionCount: number;
                                title: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
        /** Create a question bank owned by an office of my subtree (default: mine) */
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
                        officeId?: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            id: string;
                            officeId: string;
                            practiceCount: number;
                            questionCount: number;
                            title: string;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
                /** @description Code already used */
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
    "/api/admin/banks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One bank with all its questions and their answers */
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
                /** @description The bank */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            id: string;
                            officeId: string;
                            practiceCount: number;
                            questionCount: number;
                            questions: {
                                answer: number[];
                                bankId: string;
                                explanation: string;
                                id: string;
                                options: string[];
                                stem: string;
                                /** @enum {string} */
                                type: "single" | "multiple" | "truefalse";
                                /** @enum {string} */
                                use: "exam" | "practice";
                            }[];
                            title: string;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
        /** Delete a bank and its questions (refused while a quiz draws from it) */
        delete: {
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
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
                /** @description In use by a quiz or an attempt */
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
        options?: never;
        head?: never;
        /** Change a bank's code or title */
        patch: {
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
                        code?: string;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            id: string;
                            officeId: string;
                            practiceCount: number;
                            questionCount: number;
                            title: string;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
                /** @description Code already used */
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
        trace?: never;
    };
    "/api/admin/banks/{id}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import questions from XLSX/CSV (题型, 题干, 选项A–E, 答案, 解析, 用途 考试/练习) or a JSON array (use: exam | practice); keeps the valid rows; per-row report */
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
                    "multipart/form-data": {
                        /** Format: binary */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description Per-row report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: number;
                            rejected: number;
                            rows: {
                                field?: string;
                                id?: string;
                                reason?: string;
                                row: number;
                                /** @enum {string} */
                                status: "created" | "rejected" | "skipped";
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
                /** @description File too large */
                413: {
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
    "/api/admin/banks/{id}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a question to a bank */
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
                        answer: number[];
                        /** @default  */
                        explanation?: string;
                        options?: string[];
                        stem: string;
                        /** @enum {string} */
                        type: "single" | "multiple" | "truefalse";
                        /**
                         * @default exam
                         * @enum {string}
                         */
                        use?: "exam" | "practice";
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answer: number[];
                            bankId: string;
                            explanation: string;
                            id: string;
                            options: string[];
                            stem: string;
                            /** @enum {string} */
                            type: "single" | "multiple" | "truefalse";
                            /** @enum {string} */
                            use: "exam" | "practice";
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
    "/api/admin/banks/{id}/questions/{questionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a question (refused once drawn, or when a quiz needs it to fill its draw) */
        delete: {
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
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
                /** @description In use */
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
        options?: never;
        head?: never;
        /** Change a question (the result is checked as a whole) */
        patch: {
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
                        answer?: number[];
                        explanation?: string;
                        options?: string[];
                        stem?: string;
                        /** @enum {string} */
                        type?: "single" | "multiple" | "truefalse";
                        /** @enum {string} */
                        use?: "exam" | "practice";
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answer: number[];
                            bankId: string;
                            explanation: string;
                            id: string;
                            options: string[];
                            stem: string;
                            /** @enum {string} */
                            type: "single" | "multiple" | "truefalse";
                            /** @enum {string} */
                            use: "exam" | "practice";
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
                /** @description Already drawn: type and option count are fixed */
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
        trace?: never;
    };
    "/api/admin/banks/import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the question import template (XLSX or CSV; JSON arrays are accepted too) */
        get: {
            parameters: {
                query?: {
                    format?: "xlsx" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Template file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
    "/api/admin/broadcasts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Broadcasts of my subtree */
        get: {
            parameters: {
                query?: {
                    state?: "draft" | "submitted" | "approved" | "rejected" | "scheduled" | "sending" | "sent" | "cancelled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description List */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                audience: {
                                    cohort: string | null;
                                    hasUnion: boolean | null;
                                    industry: string | null;
                                    kinds: ("instructors" | "contacts" | "rooms")[];
                                    level: string | null;
                                    officeIds: string[];
                                };
                                authorId: string;
                                authorName: string;
                                body: string;
                                coverUrl: string | null;
                                flaggedWords: string[];
                                history: {
                                    at: string;
                                    byName: string;
                                    reason: string | null;
                                    /** @enum {string} */
                                    to: "draft" | "submitted" | "approved" | "rejected" | "scheduled" | "sending" | "sent" | "cancelled";
                                }[];
                                id: string;
                                link: string | null;
                                officeId: string;
                                public: boolean;
                                reason: string | null;
                                scheduledAt: string | null;
                                /** @enum {string} */
                                state: "draft" | "submitted" | "approved" | "rejected" | "scheduled" | "sending" | "sent" | "cancelled";
                                submittedById: string | null;
                                summary: string;
                                title: string;
                                urgent: boolean;
                            }[];
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed, audience outside my subtree, or approving my own */
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
                /** @description Not found in my scope */
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
        /** Write a broadcast (a draft); sensitive words are named in flaggedWords and block approval */
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
                        audience: {
                            /** @default null */
                            cohort?: string | null;
                            /** @default null */
                            hasUnion?: boolean | null;
                            /** @default null */
                            industry?: string | null;
                            kinds: ("instructors" | "contacts" | "rooms")[];
                            /**
                             * @default null
                             * @enum {string|null}
                             */
                            level?: "none" | "town" | "district" | "city" | null;
                            officeIds: string[];
                        };
                        /** @default  */
                        body?: string;
                        /**
                         * Format: uri
                         * @default null
                         */
                        coverUrl?: string | null;
                        /**
                         * Format: uri
                         * @default null
                         */
                        link?: string | null;
                        /** @default true */
                        public?: boolean;
                        /** Format: date-time */
                        scheduledAt?: string | null;
                        /** @default  */
                        summary?: string;
                        title: string;
                        /** @default false */
                        urgent?: boolean;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            audience: {
                                cohort: string | null;
                                hasUnion: boolean | null;
                                industry: string | null;
                                kinds: ("instructors" | "contacts" | "rooms")[];
                                level: string | null;
                                officeIds: string[];
                            };
                            authorId: string;
                            authorName: string;
                            body: string;
                            coverUrl: string | null;
                            flaggedWords: string[];
                            history: {
                                at: string;
                                byName: string;
                                reason: string | null;
                                /** @enum {string} */
                                to: "draft" | "submitted" | "approved" | "rejected" | "scheduled" | "sending" | "sent" | "cancelled";
                            }[];
                            id: string;
                            link: string | null;
                            officeId: string;
                            public: boolean;
                            reason: string | null;
                            scheduledAt: string | null;
                            /** @enum {string} */
                            state: "draft" | "submitted" | "approved" | "rejected" | "scheduled" | "sending" | "sent" | "cancelled";
                            submittedById: string | null;
                            summary: string;
                            title: string;
                            urgent: boolean;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed, audience outside my subtree, or approving my own */
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
                /** @description Not found in my scope */
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
    "/api/admin/broadcasts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One broadcast with its state and history */
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
                /** @description The broadcast */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            audience: {
                                cohort: string | null;
                                hasUnion: boolean | null;
                                industry: string | null;
                                kinds: ("instructors" | "contacts" | "rooms")[];
                                level: string | null;
                                officeIds: string[];
                            };
                            authorId: string;
                            authorName: string;
                            body: string;
                            coverUrl: string | null;
                            flaggedWords: string[];
                            history: {
                                at: string;
                                byName: string;
                                reason: string | null;
                                /** @enum {string} */
                                to: "draft" | "submitted" | "approved" | "rejected" | "scheduled" | "sending" | "sent" | "cancelled";
                            }[];
                            id: string;
                            link: string | null;
                            officeId: string;
                            public: boolean;
                            reason: string | null;
                            scheduledAt: string | null;
                            /** @enum {string} */
                            state: "draft" | "submitted" | "approved" | "rejected" | "scheduled" | "sending" | "sent" | "cancelled";
                            submittedById: string | null;
                            summary: string;
                            title: string;
                            urgent: boolean;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed, audience outside my subtree, or approving my own */
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
                /** @description Not found in my scope */
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
        /** Rewrite a draft or a rejected broadcast (a rejected one becomes a draft again) */
        put: {
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
                        audience: {
                            /** @default null */
                            cohort?: string | null;
                            /** @default null */
                            hasUnion?: boolean | null;
                            /** @default null */
                            industry?: string | null;
                            kinds: ("instructors" | "contacts" | "rooms")[];
                            /**
                             * @default null
                             * @enum {string|null}
                             */
                            level?: "none" | "town" | "district" | "city" | null;
                            officeIds: string[];
                        };
                        /** @default  */
                        body?: string;
                        /**
                         * Format: uri
                         * @default null
                         */
                        coverUrl?: string | null;
                        /**
                         * Format: uri
                         * @default null
                         */
                        link?: string | null;
                        /** @default true */
                        public?: boolean;
                        /** Format: date-time */
                        scheduledAt?: string | null;
                        /** @default  */
                        summary?: string;
                        title: string;
                        /** @default false */
                        urgent?: boolean;
                    };
                };
            };
            responses: {
                /** @description Its state now */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            audience: {
                                cohort: string | null;
                                hasUnion: boolean | null;
                                industry: string | null;
                                kinds: ("instructors" | "contacts" | "rooms")[];
                                level: string | null;
                                officeIds: string[];
                            };
                            authorId: string;
                            authorName: string;
                            body: string;
                            coverUrl: string | null;
                            flaggedWords: string[];
                            history: {
                                at: string;
                                byName: string;
                                reason: string | null;
                                /** @enum {string} */
                                to: "draft" | "submitted" | "approved" | "rejected" | "scheduled" | "sending" | "sent" | "cancelled";
                            }[];
                            id: string;
                            link: string | null;
                            officeId: string;
                            public: boolean;
                            reason: string | null;
                            scheduledAt: string | null;
                            /** @enum {string} */
                            state: "draft" | "submitted" | "approved" | "rejected" | "scheduled" | "sending" | "sent" | "cancelled";
                            submittedById: string | null;
                            summary: string;
                            title: string;
                            urgent: boolean;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed, audience outside my subtree, or approving my own */
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
                /** @description Not found in my scope */
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
                /** @description Not a legal move from its state, or someone moved it first */
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
    "/api/admin/broadcasts/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve (an admin of the same or a parent office, never the author; none of the sensitive words) */
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
                /** @description Its state now */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            audience: {
                                cohort: string | null;
                                hasUnion: boolean | null;
                                industry: string | null;
                                kinds: ("instructors" | "contacts" | "rooms")[];
                                level: string | null;
                                officeIds: string[];
                            };
                            authorId: string;
                            authorName: string;
                            body: string;
                            coverUrl: string | null;
                            flaggedWords: string[];
                            history: {
                                at: string;
                                byName: string;
                                reason: string | null;
                                /** @enum {string} */
                                to: "draft" | "submitted" | "approved" | "rejected" | "scheduled" | "sending" | "sent" | "cancelled";
                            }[];
                            id: string;
                            link: string | null;
                            officeId: string;
                            public: boolean;
                            reason: string | null;
                            scheduledAt: string | null;
                            /** @enum {string} */
                            state: "draft" | "submitted" | "approved" | "rejected" | "scheduled" | "sending" | "sent" | "cancelled";
                            submittedById: string | null;
                            summary: string;
                            title: string;
                            urgent: boolean;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed, audience outside my subtree, or approving my own */
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
                /** @description Not found in my scope */
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
                /** @description Not a legal move from its state, or someone moved it first */
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
    "/api/admin/broadcasts/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel */
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
                /** @description Its state now */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            audience: {
                                cohort: string | null;
                                hasUnion: boolean | null;
                                industry: string | null;
                                kinds: ("instructors" | "contacts" | "rooms")[];
                                level: string | null;
                                officeIds: string[];
                            };
                            authorId: string;
                            authorName: string;
                            body: string;
                            coverUrl: string | null;
                            flaggedWords: string[];
                            history: {
                                at: string;
                                byName: string;
                                reason: string | null;
                                /** @enum {string} */
                                to: "draft" | "submitted" | "approved" | "rejected" | "scheduled" | "sending" | "sent" | "cancelled";
                            }[];
                            id: string;
                            link: string | null;
                            officeId: string;
                            public: boolean;
                            reason: string | null;
                            scheduledAt: string | null;
                            /** @enum {string} */
                            state: "draft" | "submitted" | "approved" | "rejected" | "scheduled" | "sending" | "sent" | "cancelled";
                            submittedById: string | null;
                            summary: string;
                            title: string;
                            urgent: boolean;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed, audience outside my subtree, or approving my own */
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
                /** @description Not found in my scope */
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
                /** @description Not a legal move from its state, or someone moved it first */
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
    "/api/admin/broadcasts/{id}/preview-audience": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Who it would reach: counts per kind and by channel, and a masked sample, before anything is sent */
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
                /** @description The audience */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contacts: {
                                chat: number;
                                miniProgram: number;
                                sample: {
                                    maskedName: string;
                                    officeId: string;
                                }[];
                                total: number;
                                unreachable: number;
                            } | null;
                            instructors: {
                                chat: number;
                                miniProgram: number;
                                sample: {
                                    maskedName: string;
                                    officeId: string;
                                }[];
                                total: number;
                                unreachable: number;
                            } | null;
                            offices: number;
                            rooms: {
                                total: number;
                                wecomRobot: number;
                            } | null;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed, audience outside my subtree, or approving my own */
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
                /** @description Not found in my scope */
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
    "/api/admin/broadcasts/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject with a reason */
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
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Its state now */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            audience: {
                                cohort: string | null;
                                hasUnion: boolean | null;
                                industry: string | null;
                                kinds: ("instructors" | "contacts" | "rooms")[];
                                level: string | null;
                                officeIds: string[];
                            };
                            authorId: string;
                            authorName: string;
                            body: string;
                            coverUrl: string | null;
                            flaggedWords: string[];
                            history: {
                                at: string;
                                byName: string;
                                reason: string | null;
                                /** @enum {string} */
                                to: "draft" | "submitted" | "approved" | "rejected" | "scheduled" | "sending" | "sent" | "cancelled";
                            }[];
                            id: string;
                            link: string | null;
                            officeId: string;
                            public: boolean;
                            reason: string | null;
                            scheduledAt: string | null;
                            /** @enum {string} */
                            state: "draft" | "submitted" | "approved" | "rejected" | "scheduled" | "sending" | "sent" | "cancelled";
                            submittedById: string | null;
                            summary: string;
                            title: string;
                            urgent: boolean;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed, audience outside my subtree, or approving my own */
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
                /** @description Not found in my scope */
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
                /** @description Not a legal move from its state, or someone moved it first */
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
    "/api/admin/broadcasts/{id}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries per state and channel, and reads per office */
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
                /** @description Counts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byChannel: {
                                [key: string]: number;
                            };
                            byState: {
                                [key: string]: number;
                            };
                            deliveries: number;
                            reads: number;
                            readsByOffice: {
                                [key: string]: number;
                            };
                            /** @enum {string} */
                            state: "draft" | "submitted" | "approved" | "rejected" | "scheduled" | "sending" | "sent" | "cancelled";
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed, audience outside my subtree, or approving my own */
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
                /** @description Not found in my scope */
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
    "/api/admin/broadcasts/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a draft for approval */
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
                /** @description Its state now */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            audience: {
                                cohort: string | null;
                                hasUnion: boolean | null;
                                industry: string | null;
                                kinds: ("instructors" | "contacts" | "rooms")[];
                                level: string | null;
                                officeIds: string[];
                            };
                            authorId: string;
                            authorName: string;
                            body: string;
                            coverUrl: string | null;
                            flaggedWords: string[];
                            history: {
                                at: string;
                                byName: string;
                                reason: string | null;
                                /** @enum {string} */
                                to: "draft" | "submitted" | "approved" | "rejected" | "scheduled" | "sending" | "sent" | "cancelled";
                            }[];
                            id: string;
                            link: string | null;
                            officeId: string;
                            public: boolean;
                            reason: string | null;
                            scheduledAt: string | null;
                            /** @enum {string} */
                            state: "draft" | "submitted" | "approved" | "rejected" | "scheduled" | "sending" | "sent" | "cancelled";
                            submittedById: string | null;
                            summary: string;
                            title: string;
                            urgent: boolean;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed, audience outside my subtree, or approving my own */
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
                /** @description Not found in my scope */
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
                /** @description Not a legal move from its state, or someone moved it first */
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
    "/api/admin/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Campaigns that reach my subtree */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description List */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                closed: boolean;
                                id: string;
                                name: string;
                                officeId: string;
                                offsets: {
                                    daysBefore: number[];
                                    onTheDayAt: string | null;
                                };
                                opensAt: string;
                                stages: {
                                    deadline: string;
                                    /** @enum {string} */
                                    key: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming";
                                }[];
                                year: number;
                            }[];
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role or office not allowed */
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
                /** @description Not found in your scope */
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
        /** Create a campaign (city office admins): six stages with deadlines */
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
                        name: string;
                        offsets?: {
                            daysBefore: number[];
                            onTheDayAt: string | null;
                        };
                        /** Format: date-time */
                        opensAt: string;
                        stages: {
                            /** Format: date-time */
                            deadline: string;
                            /** @enum {string} */
                            key: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming";
                        }[];
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            closed: boolean;
                            id: string;
                            name: string;
                            officeId: string;
                            offsets: {
                                daysBefore: number[];
                                onTheDayAt: string | null;
                            };
                            opensAt: string;
                            stages: {
                                deadline: string;
                                /** @enum {string} */
                                key: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming";
                            }[];
                            year: number;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role or office not allowed */
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
                /** @description Not found in your scope */
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
    "/api/admin/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One campaign, with the deadlines that apply to my office */
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
                /** @description The campaign */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            closed: boolean;
                            id: string;
                            mine: {
                                officeId: string;
                                stages: {
                                    deadline: string;
                                    /** @enum {string} */
                                    key: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming";
                                }[];
                            };
                            name: string;
                            officeId: string;
                            offsets: {
                                daysBefore: number[];
                                onTheDayAt: string | null;
                            };
                            opensAt: string;
                            stages: {
                                deadline: string;
                                /** @enum {string} */
                                key: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming";
                            }[];
                            year: number;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role or office not allowed */
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
                /** @description Not found in your scope */
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
        /** Edit name, the city's deadlines, offsets or close it (audited; the city's admins) */
        patch: {
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
                        closed?: boolean;
                        name?: string;
                        offsets?: {
                            daysBefore: number[];
                            onTheDayAt: string | null;
                        };
                        /** Format: date-time */
                        opensAt?: string;
                        stages?: {
                            /** Format: date-time */
                            deadline: string;
                            /** @enum {string} */
                            key: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            closed: boolean;
                            id: string;
                            name: string;
                            officeId: string;
                            offsets: {
                                daysBefore: number[];
                                onTheDayAt: string | null;
                            };
                            opensAt: string;
                            stages: {
                                deadline: string;
                                /** @enum {string} */
                                key: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming";
                            }[];
                            year: number;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role or office not allowed */
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
                /** @description Not found in your scope */
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
        trace?: never;
    };
    "/api/admin/campaigns/{id}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register an enterprise of my subtree as applying (once per enterprise; a second call returns the same application) */
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
                        enterpriseId: string;
                    };
                };
            };
            responses: {
                /** @description It had applied already */
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
                /** @description Created */
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
                /** @description Invalid input */
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
                /** @description Role or office not allowed */
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
                /** @description Not found in your scope */
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
    "/api/admin/campaigns/{id}/applications/{appId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One application: stages, deadlines, where it stands */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    appId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The application */
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
                /** @description Invalid input */
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
                /** @description Role or office not allowed */
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
                /** @description Not found in your scope */
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
    "/api/admin/campaigns/{id}/applications/{appId}/stages/{stage}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a stage done (review, evaluation, notice, naming; staff may also record the self-assessment). In order; twice is once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    appId: string;
                    id: string;
                    stage: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming";
                };
                cookie?: never;
            };
            requestBody?: never;
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
                /** @description Invalid input */
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
                /** @description Role or office not allowed */
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
                /** @description Not found in your scope */
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
                /** @description An earlier stage is not done, or withdrawn */
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
    "/api/admin/campaigns/{id}/applications/{appId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an application: no more reminders for it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    appId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Withdrawn */
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
                /** @description Invalid input */
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
                /** @description Role or office not allowed */
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
                /** @description Not found in your scope */
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
    "/api/admin/campaigns/{id}/deadlines/{officeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The deadlines that apply to an office of my subtree (its own, the nearest district’s, or the city’s) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    officeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deadlines */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            officeId: string;
                            stages: {
                                deadline: string;
                                /** @enum {string} */
                                key: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming";
                            }[];
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role or office not allowed */
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
                /** @description Not found in your scope */
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
    "/api/admin/campaigns/{id}/overrides/{officeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** A district's own deadlines for its subtree, inside the city's window (an empty list removes them; audited) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    officeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        stages: {
                            /** Format: date-time */
                            deadline: string;
                            /** @enum {string} */
                            key: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming";
                        }[];
                    };
                };
            };
            responses: {
                /** @description The office's deadlines now */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            officeId: string;
                            stages: {
                                deadline: string;
                                /** @enum {string} */
                                key: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming";
                            }[];
                        };
                    };
                };
                /** @description Invalid input, or outside the city window: `outside_city_window`, with the allowed range in details */
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
                /** @description Role or office not allowed */
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
                /** @description Not found in your scope */
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/campaigns/{id}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reminders of my subtree: sent and planned with every outcome, skipped batches with why, and what is coming up */
        get: {
            parameters: {
                query?: {
                    kind?: "deadline" | "escalation";
                    officeId?: string;
                    outcome?: "sent" | "deferred" | "failed" | "fell_back" | "unreachable" | "skipped" | "pending";
                    page?: number;
                    pageSize?: number;
                    stage?: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming";
                };
                header?: never;
                path: {
                    id: string;
                };
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
                                deadline: string | null;
                                dueAt: string;
                                enterpriseId: string | null;
                                id: string;
                                kind: string;
                                officeId: string;
                                offset: string;
                                outcome: string;
                                outcomes: {
                                    at: string;
                                    channel: string | null;
                                    errcode: number | null;
                                    outcome: string;
                                    reason: string | null;
                                    recipient: string;
                                }[];
                                recipients: number;
                                stage: string | null;
                                stageName: string | null;
                            }[];
                            page: number;
                            pageSize: number;
                            skippedBatches: {
                                deadline: string | null;
                                dueAt: string;
                                officeId: string;
                                offset: string;
                                reason: string | null;
                                stage: string | null;
                            }[];
                            total: number;
                            upcoming: {
                                deadline: string;
                                dueAt: string;
                                officeId: string;
                                offset: string;
                                stage: string;
                                stageName: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
    "/api/admin/campaigns/{id}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per stage and office of my subtree: enterprises done, open and late */
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
                /** @description Counts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                deadline: string;
                                done: number;
                                late: number;
                                officeId: string;
                                open: number;
                                stage: string;
                                stageName: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
    "/api/admin/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the certificates of my subtree (newest first) */
        get: {
            parameters: {
                query?: {
                    officeId?: string;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    status?: "valid" | "revoked";
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
                                code: string;
                                courseTitle: string;
                                id: string;
                                issuedAt: string;
                                learnerName: string;
                                number: string;
                                officeId: string;
                                revokedAt: string | null;
                                revokedReason: string | null;
                                /** @enum {string} */
                                status: "valid" | "revoked";
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description officeId is not in my subtree */
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
    "/api/admin/certificates/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a certificate in my subtree (admin); it then verifies as revoked */
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
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Revoked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            courseTitle: string;
                            id: string;
                            issuedAt: string;
                            learnerName: string;
                            number: string;
                            /** @enum {string} */
                            status: "valid" | "revoked";
                        };
                    };
                };
                /** @description Not in your scope */
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
    "/api/admin/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the courses of my subtree */
        get: {
            parameters: {
                query?: {
                    officeId?: string;
                    page?: number;
                    pageSize?: number;
                    published?: "true" | "false";
                    q?: string;
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
                                code: string;
                                deadline: string | null;
                                description: string;
                                id: string;
                                officeId: string;
                                openToCohorts: string[];
                                openToOfficeIds: string[];
                                published: boolean;
                                title: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
        /** Create a course owned by an office of my subtree (default: mine) */
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
                        /**
                         * Format: date-time
                         * @default null
                         */
                        deadline?: string | null;
                        /** @default  */
                        description?: string;
                        officeId?: string;
                        /** @default [] */
                        openToCohorts?: string[];
                        /** @default [] */
                        openToOfficeIds?: string[];
                        /** @default false */
                        published?: boolean;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            deadline: string | null;
                            description: string;
                            id: string;
                            officeId: string;
                            openToCohorts: string[];
                            openToOfficeIds: string[];
                            published: boolean;
                            title: string;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
                /** @description Code already used */
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
    "/api/admin/courses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One course with its modules, lessons (no bodies) and quizzes */
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
                /** @description The course */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            deadline: string | null;
                            description: string;
                            finalExamId: string | null;
                            id: string;
                            modules: {
                                code: string;
                                id: string;
                                lessons: {
                                    id: string;
                                    minutes: number;
                                    order: number;
                                    title: string;
                                    videoUrl: string | null;
                                }[];
                                order: number;
                                quizId: string | null;
                                summary: string;
                                title: string;
                            }[];
                            officeId: string;
                            openToCohorts: string[];
                            openToOfficeIds: string[];
                            published: boolean;
                            quizzes: {
                                courseId: string;
                                draws: {
                                    bankId: string;
                                    count: number;
                                }[];
                                /** @enum {string} */
                                grading: "highest" | "last" | "average";
                                id: string;
                                maxAttempts: number;
                                moduleId: string | null;
                                passMark: number;
                                questionCount: number;
                                /** @enum {string} */
                                review: "score" | "full";
                                shuffleOptions: boolean;
                                shuffleQuestions: boolean;
                                timeLimitMinutes: number;
                                title: string;
                            }[];
                            title: string;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
        /** Delete a course nobody has attempted, with its modules, lessons and quizzes */
        delete: {
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
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
                /** @description Learners have attempted it */
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
        options?: never;
        head?: never;
        /** Change a course: texts, audience, deadline, published */
        patch: {
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
                        code?: string;
                        /** Format: date-time */
                        deadline?: string | null;
                        description?: string;
                        openToCohorts?: string[];
                        openToOfficeIds?: string[];
                        published?: boolean;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            deadline: string | null;
                            description: string;
                            id: string;
                            officeId: string;
                            openToCohorts: string[];
                            openToOfficeIds: string[];
                            published: boolean;
                            title: string;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
                /** @description Code already used */
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
        trace?: never;
    };
    "/api/admin/courses/{id}/modules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a module at the end of a course */
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
                        code: string;
                        /** @default  */
                        summary?: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            id: string;
                            order: number;
                            summary: string;
                            title: string;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
                /** @description Module code already used in this course */
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
    "/api/admin/courses/{id}/modules/{moduleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a module with its lessons and quiz (refused once its quiz has attempts) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    moduleId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
                /** @description Its quiz has attempts */
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
        options?: never;
        head?: never;
        /** Change a module */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    moduleId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code?: string;
                        summary?: string;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            id: string;
                            order: number;
                            summary: string;
                            title: string;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
                /** @description Module code already used in this course */
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
        trace?: never;
    };
    "/api/admin/courses/{id}/modules/{moduleId}/lessons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a lesson at the end of a module */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    moduleId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        minutes: number;
                        title: string;
                        /**
                         * Format: uri
                         * @default null
                         */
                        videoUrl?: string | null;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            id: string;
                            minutes: number;
                            moduleId: string;
                            order: number;
                            title: string;
                            videoUrl: string | null;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
    "/api/admin/courses/{id}/modules/{moduleId}/lessons/{lessonId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One lesson with its body */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    lessonId: string;
                    moduleId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The lesson */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            id: string;
                            minutes: number;
                            moduleId: string;
                            order: number;
                            title: string;
                            videoUrl: string | null;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
        /** Delete a lesson (and the record of who read it) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    lessonId: string;
                    moduleId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
        options?: never;
        head?: never;
        /** Change a lesson */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    lessonId: string;
                    moduleId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body?: string;
                        minutes?: number;
                        title?: string;
                        /** Format: uri */
                        videoUrl?: string | null;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            id: string;
                            minutes: number;
                            moduleId: string;
                            order: number;
                            title: string;
                            videoUrl: string | null;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
        trace?: never;
    };
    "/api/admin/courses/{id}/modules/{moduleId}/lessons/reorder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a module's lessons in a new order (every lesson id once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    moduleId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                    };
                };
            };
            responses: {
                /** @description Reordered */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
    "/api/admin/courses/{id}/modules/reorder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a course's modules in a new order (every module id once) */
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
                        ids: string[];
                    };
                };
            };
            responses: {
                /** @description Reordered */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
    "/api/admin/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List and search enterprises in my subtree */
        get: {
            parameters: {
                query?: {
                    hasUnion?: "true" | "false";
                    industry?: string;
                    level?: "none" | "town" | "district" | "city";
                    officeId?: string;
                    page?: number;
                    pageSize?: number;
                    q?: string;
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
                                creditCode: string;
                                hasUnion: boolean;
                                id: string;
                                industry: string;
                                /** @enum {string} */
                                level: "none" | "town" | "district" | "city";
                                name: string;
                                officeId: string;
                                stars: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
        /** Add an enterprise (credit code checked) */
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
                        creditCode: string;
                        /** @default false */
                        hasUnion?: boolean;
                        /** @default  */
                        industry?: string;
                        /**
                         * @default none
                         * @enum {string}
                         */
                        level?: "none" | "town" | "district" | "city";
                        name: string;
                        officeId: string;
                        /** @default 0 */
                        stars?: number;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            creditCode: string;
                            hasUnion: boolean;
                            id: string;
                            industry: string;
                            /** @enum {string} */
                            level: "none" | "town" | "district" | "city";
                            name: string;
                            officeId: string;
                            stars: number;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
                /** @description Credit code already registered */
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
    "/api/admin/enterprises/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One enterprise */
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
                /** @description The enterprise */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            creditCode: string;
                            hasUnion: boolean;
                            id: string;
                            industry: string;
                            /** @enum {string} */
                            level: "none" | "town" | "district" | "city";
                            name: string;
                            officeId: string;
                            stars: number;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
        /** Remove an enterprise and its contacts */
        delete: {
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
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
        options?: never;
        head?: never;
        /** Change an enterprise */
        patch: {
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
                        creditCode?: string;
                        hasUnion?: boolean;
                        industry?: string;
                        /** @enum {string} */
                        level?: "none" | "town" | "district" | "city";
                        name?: string;
                        officeId?: string;
                        stars?: number;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            creditCode: string;
                            hasUnion: boolean;
                            id: string;
                            industry: string;
                            /** @enum {string} */
                            level: "none" | "town" | "district" | "city";
                            name: string;
                            officeId: string;
                            stars: number;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
        trace?: never;
    };
    "/api/admin/enterprises/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An enterprise's contacts */
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
                /** @description Contacts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                bindCode?: string;
                                bound: boolean;
                                enterpriseId: string;
                                id: string;
                                name: string;
                                phone: string;
                                role: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
        /** Add a contact to an enterprise (gets a one-time binding code) */
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
                        name: string;
                        phone: string;
                        /** @default  */
                        role?: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bindCode?: string;
                            bound: boolean;
                            enterpriseId: string;
                            id: string;
                            name: string;
                            phone: string;
                            role: string;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
    "/api/admin/enterprises/{id}/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a contact */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contactId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
        options?: never;
        head?: never;
        /** Change a contact */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contactId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        phone?: string;
                        role?: string;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bindCode?: string;
                            bound: boolean;
                            enterpriseId: string;
                            id: string;
                            name: string;
                            phone: string;
                            role: string;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
        trace?: never;
    };
    "/api/admin/enterprises/{id}/contacts/{contactId}/bind-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reissue a contact's binding code (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contactId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description New code */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bindCode: string;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
    "/api/admin/enterprises/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export enterprises of my subtree as XLSX, same filters as the list (admin) */
        get: {
            parameters: {
                query?: {
                    hasUnion?: "true" | "false";
                    industry?: string;
                    level?: "none" | "town" | "district" | "city";
                    officeId?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description XLSX file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
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
    "/api/admin/enterprises/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import enterprises (and one contact per row) from CSV or XLSX; upserts by credit code; per-row report */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description Per-row report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: number;
                            rejected: number;
                            rows: {
                                field?: string;
                                id?: string;
                                reason?: string;
                                row: number;
                                /** @enum {string} */
                                status: "created" | "updated" | "unchanged" | "skipped" | "rejected";
                            }[];
                            total: number;
                            unchanged: number;
                            updated: number;
                        };
                    };
                };
                /** @description Not CSV/XLSX, malformed, missing columns, too many rows */
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
                /** @description Role not allowed */
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
                /** @description File too large */
                413: {
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
    "/api/admin/enterprises/import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the enterprise roster template (XLSX or CSV) */
        get: {
            parameters: {
                query?: {
                    format?: "xlsx" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Template file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
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
    "/api/admin/instructors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List and search instructors in my subtree */
        get: {
            parameters: {
                query?: {
                    cohort?: string;
                    officeId?: string;
                    page?: number;
                    pageSize?: number;
                    q?: string;
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
                                bindCode?: string;
                                bound: boolean;
                                cohort: string;
                                employer: string;
                                id: string;
                                name: string;
                                officeId: string;
                                phone: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
        /** Add an instructor (gets a one-time binding code) */
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
                        /** @default  */
                        cohort?: string;
                        /** @default  */
                        employer?: string;
                        name: string;
                        officeId: string;
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bindCode?: string;
                            bound: boolean;
                            cohort: string;
                            employer: string;
                            id: string;
                            name: string;
                            officeId: string;
                            phone: string;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
                /** @description Phone already registered */
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
    "/api/admin/instructors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One instructor */
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
                /** @description The instructor */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bindCode?: string;
                            bound: boolean;
                            cohort: string;
                            employer: string;
                            id: string;
                            name: string;
                            officeId: string;
                            phone: string;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
        /** Remove an instructor (and their WeChat binding) */
        delete: {
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
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
        options?: never;
        head?: never;
        /** Change an instructor */
        patch: {
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
                        cohort?: string;
                        employer?: string;
                        name?: string;
                        officeId?: string;
                        phone?: string;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bindCode?: string;
                            bound: boolean;
                            cohort: string;
                            employer: string;
                            id: string;
                            name: string;
                            officeId: string;
                            phone: string;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
        trace?: never;
    };
    "/api/admin/instructors/{id}/bind-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reissue the binding code; the old one stops working (admin) */
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
                /** @description New code */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bindCode: string;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
    "/api/admin/instructors/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export instructors of my subtree as XLSX, same filters as the list (admin) */
        get: {
            parameters: {
                query?: {
                    cohort?: string;
                    officeId?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description XLSX file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
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
    "/api/admin/instructors/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import instructors from CSV (UTF-8 or GBK) or XLSX; upserts by phone; per-row report */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description Per-row report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: number;
                            rejected: number;
                            rows: {
                                field?: string;
                                id?: string;
                                reason?: string;
                                row: number;
                                /** @enum {string} */
                                status: "created" | "updated" | "unchanged" | "skipped" | "rejected";
                            }[];
                            total: number;
                            unchanged: number;
                            updated: number;
                        };
                    };
                };
                /** @description Not CSV/XLSX, malformed, missing columns, too many rows */
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
                /** @description Role not allowed */
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
                /** @description File too large */
                413: {
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
    "/api/admin/instructors/import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the instructor roster template (XLSX or CSV) */
        get: {
            parameters: {
                query?: {
                    format?: "xlsx" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Template file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
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
    "/api/admin/integrity/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Integrity flags (fast answers, shared answer patterns) of learners in my subtree, newest first, with their evidence */
        get: {
            parameters: {
                query?: {
                    kind?: "fast_answers" | "shared_pattern";
                    learnerId?: string;
                    officeId?: string;
                    page?: number;
                    pageSize?: number;
                    quizId?: string;
                    status?: "open" | "cleared";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of flags */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attemptId: string;
                                cleared: {
                                    at: string;
                                    by: {
                                        id: string;
                                        name: string;
                                    };
                                    reason: string;
                                } | null;
                                courseId: string;
                                detectedAt: string;
                                evidence: {
                                    answered: number;
                                    answers: {
                                        questionId: string;
                                        savedAt: string;
                                        seconds: number;
                                        shownAt: string;
                                        /** @enum {string} */
                                        shownFrom: "shown" | "attempt_start";
                                        stem: string;
                                    }[];
                                    thresholdSeconds: number;
                                } | {
                                    attempts: {
                                        common: number;
                                        gradedAt: string;
                                        id: string;
                                        learnerId: string;
                                        learnerName: string;
                                        score: number;
                                        wrongInCommon: number;
                                    }[];
                                    employer: string;
                                    learners: {
                                        id: string;
                                        name: string;
                                    }[];
                                    sequence: {
                                        choice: string;
                                        correct: boolean;
                                        questionId: string;
                                        stem: string;
                                    }[];
                                    windowMinutes: number;
                                };
                                id: string;
                                /** @enum {string} */
                                kind: "fast_answers" | "shared_pattern";
                                learner: {
                                    id: string;
                                    name: string;
                                };
                                occurredAt: string;
                                officeId: string;
                                quiz: {
                                    id: string;
                                    title: string;
                                };
                                /** @enum {string} */
                                status: "open" | "cleared";
                                summary: string;
                            }[];
                            page: number;
                            pageSize: number;
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
                /** @description officeId is not in my subtree */
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
    "/api/admin/integrity/flags/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One integrity flag with its evidence */
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
                /** @description The flag */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attemptId: string;
                            cleared: {
                                at: string;
                                by: {
                                    id: string;
                                    name: string;
                                };
                                reason: string;
                            } | null;
                            courseId: string;
                            detectedAt: string;
                            evidence: {
                                answered: number;
                                answers: {
                                    questionId: string;
                                    savedAt: string;
                                    seconds: number;
                                    shownAt: string;
                                    /** @enum {string} */
                                    shownFrom: "shown" | "attempt_start";
                                    stem: string;
                                }[];
                                thresholdSeconds: number;
                            } | {
                                attempts: {
                                    common: number;
                                    gradedAt: string;
                                    id: string;
                                    learnerId: string;
                                    learnerName: string;
                                    score: number;
                                    wrongInCommon: number;
                                }[];
                                employer: string;
                                learners: {
                                    id: string;
                                    name: string;
                                }[];
                                sequence: {
                                    choice: string;
                                    correct: boolean;
                                    questionId: string;
                                    stem: string;
                                }[];
                                windowMinutes: number;
                            };
                            id: string;
                            /** @enum {string} */
                            kind: "fast_answers" | "shared_pattern";
                            learner: {
                                id: string;
                                name: string;
                            };
                            occurredAt: string;
                            officeId: string;
                            quiz: {
                                id: string;
                                title: string;
                            };
                            /** @enum {string} */
                            status: "open" | "cleared";
                            summary: string;
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
                /** @description Not in my subtree */
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
    "/api/admin/integrity/flags/{id}/clear": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clear a flag after looking into it, with the reason (admin or editor; audited). A flag is cleared once */
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
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description The cleared flag */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attemptId: string;
                            cleared: {
                                at: string;
                                by: {
                                    id: string;
                                    name: string;
                                };
                                reason: string;
                            } | null;
                            courseId: string;
                            detectedAt: string;
                            evidence: {
                                answered: number;
                                answers: {
                                    questionId: string;
                                    savedAt: string;
                                    seconds: number;
                                    shownAt: string;
                                    /** @enum {string} */
                                    shownFrom: "shown" | "attempt_start";
                                    stem: string;
                                }[];
                                thresholdSeconds: number;
                            } | {
                                attempts: {
                                    common: number;
                                    gradedAt: string;
                                    id: string;
                                    learnerId: string;
                                    learnerName: string;
                                    score: number;
                                    wrongInCommon: number;
                                }[];
                                employer: string;
                                learners: {
                                    id: string;
                                    name: string;
                                }[];
                                sequence: {
                                    choice: string;
                                    correct: boolean;
                                    questionId: string;
                                    stem: string;
                                }[];
                                windowMinutes: number;
                            };
                            id: string;
                            /** @enum {string} */
                            kind: "fast_answers" | "shared_pattern";
                            learner: {
                                id: string;
                                name: string;
                            };
                            occurredAt: string;
                            officeId: string;
                            quiz: {
                                id: string;
                                title: string;
                            };
                            /** @enum {string} */
                            status: "open" | "cleared";
                            summary: string;
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
                /** @description Not in my subtree */
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
                /** @description Cleared already (flag_already_cleared) */
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
    "/api/admin/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Staff sign-in with username and password; returns a short-lived token and a refresh token */
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
                        password: string;
                        username: string;
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
                            accessToken: string;
                            csrfToken: string;
                            expiresIn: number;
                            refreshToken: string;
                            staff: {
                                id: string;
                                name: string;
                                officeId: string;
                                role: string;
                                username: string;
                            };
                        };
                    };
                };
                /** @description Wrong username or password */
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
                /** @description Too many failures */
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
    "/api/admin/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a refresh token (from the body, or the browser’s cookie with the X-CSRF-Token header) and clear the cookies */
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
                        refreshToken?: string;
                    };
                };
            };
            responses: {
                /** @description Signed out */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
    "/api/admin/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in and their office (the console asks on every load) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Me */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            office: {
                                code: string;
                                id: string;
                                level: string;
                                name: string;
                            };
                            staff: {
                                id: string;
                                name: string;
                                officeId: string;
                                role: string;
                                username: string;
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/offices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the offices in my subtree */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Offices, top down */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                depth: number;
                                id: string;
                                /** @enum {string} */
                                level: "city" | "district" | "industry" | "park" | "town" | "village";
                                name: string;
                                parentId: string | null;
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
        /** Create an office under one in my subtree (admin) */
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
                        /** @enum {string} */
                        level: "city" | "district" | "industry" | "park" | "town" | "village";
                        name: string;
                        parentId: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            depth: number;
                            id: string;
                            /** @enum {string} */
                            level: "city" | "district" | "industry" | "park" | "town" | "village";
                            name: string;
                            parentId: string | null;
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
                /** @description Code already used */
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
    "/api/admin/offices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One office in my subtree */
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
                /** @description The office */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            depth: number;
                            id: string;
                            /** @enum {string} */
                            level: "city" | "district" | "industry" | "park" | "town" | "village";
                            name: string;
                            parentId: string | null;
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
        /** Rename an office (admin) */
        patch: {
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
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Renamed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            depth: number;
                            id: string;
                            /** @enum {string} */
                            level: "city" | "district" | "industry" | "park" | "town" | "village";
                            name: string;
                            parentId: string | null;
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
        trace?: never;
    };
    "/api/admin/offices/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move an office and its subtree under another office in my subtree (admin) */
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
                        parentId: string;
                    };
                };
            };
            responses: {
                /** @description Moved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            depth: number;
                            id: string;
                            /** @enum {string} */
                            level: "city" | "district" | "industry" | "park" | "town" | "village";
                            name: string;
                            parentId: string | null;
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
    "/api/admin/quizzes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a module quiz (moduleId) or the final exam (moduleId null); one of each per module / course */
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
                        draws: {
                            bankId: string;
                            count: number;
                        }[];
                        /**
                         * @default highest
                         * @enum {string}
                         */
                        grading?: "highest" | "last" | "average";
                        /** @default 3 */
                        maxAttempts?: number;
                        moduleId: string | null;
                        /** @default 60 */
                        passMark?: number;
                        /**
                         * @default full
                         * @enum {string}
                         */
                        review?: "score" | "full";
                        /** @default true */
                        shuffleOptions?: boolean;
                        /** @default true */
                        shuffleQuestions?: boolean;
                        timeLimitMinutes: number;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            courseId: string;
                            draws: {
                                bankId: string;
                                count: number;
                            }[];
                            /** @enum {string} */
                            grading: "highest" | "last" | "average";
                            id: string;
                            maxAttempts: number;
                            moduleId: string | null;
                            passMark: number;
                            questionCount: number;
                            /** @enum {string} */
                            review: "score" | "full";
                            shuffleOptions: boolean;
                            shuffleQuestions: boolean;
                            timeLimitMinutes: number;
                            title: string;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
                /** @description The module or course already has one */
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
    "/api/admin/quizzes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One quiz and its settings */
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
                /** @description The quiz */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            courseId: string;
                            draws: {
                                bankId: string;
                                count: number;
                            }[];
                            /** @enum {string} */
                            grading: "highest" | "last" | "average";
                            id: string;
                            maxAttempts: number;
                            moduleId: string | null;
                            passMark: number;
                            questionCount: number;
                            /** @enum {string} */
                            review: "score" | "full";
                            shuffleOptions: boolean;
                            shuffleQuestions: boolean;
                            timeLimitMinutes: number;
                            title: string;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
        /** Delete a quiz nobody has attempted */
        delete: {
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
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
                /** @description Learners have attempted it */
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
        options?: never;
        head?: never;
        /** Change a quiz's title, draws or settings (running attempts keep their paper) */
        patch: {
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
                        draws?: {
                            bankId: string;
                            count: number;
                        }[];
                        /** @enum {string} */
                        grading?: "highest" | "last" | "average";
                        maxAttempts?: number;
                        passMark?: number;
                        /** @enum {string} */
                        review?: "score" | "full";
                        shuffleOptions?: boolean;
                        shuffleQuestions?: boolean;
                        timeLimitMinutes?: number;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            courseId: string;
                            draws: {
                                bankId: string;
                                count: number;
                            }[];
                            /** @enum {string} */
                            grading: "highest" | "last" | "average";
                            id: string;
                            maxAttempts: number;
                            moduleId: string | null;
                            passMark: number;
                            questionCount: number;
                            /** @enum {string} */
                            review: "score" | "full";
                            shuffleOptions: boolean;
                            shuffleQuestions: boolean;
                            timeLimitMinutes: number;
                            title: string;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description Not found in your scope */
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
        trace?: never;
    };
    "/api/admin/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Swap a refresh token (used once) for a new session; a browser sends {} with its refresh cookie and the X-CSRF-Token header */
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
                        refreshToken?: string;
                    };
                };
            };
            responses: {
                /** @description New session */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessToken: string;
                            csrfToken: string;
                            expiresIn: number;
                            refreshToken: string;
                            staff: {
                                id: string;
                                name: string;
                                officeId: string;
                                role: string;
                                username: string;
                            };
                        };
                    };
                };
                /** @description Invalid, expired or reused */
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
    "/api/admin/reports/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reminders and broadcast deliveries per outcome and channel, and broadcast reads per office, in a date range. Answers directly for any office; for a subtree of more than 32 offices (a city), or the funnel and question quality of a district, use POST …/jobs and poll the job */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "xlsx";
                    from?: string;
                    officeId?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Counts (?format=xlsx: a workbook) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            broadcasts: {
                                byChannel: {
                                    channel: string;
                                    count: number;
                                    outcome: string;
                                }[];
                                byOutcome: {
                                    count: number;
                                    outcome: string;
                                }[];
                                deliveries: number;
                                total: number;
                            };
                            from: string;
                            reads: {
                                code: string;
                                deliveries: number;
                                /** @enum {string} */
                                kind: "office" | "child";
                                name: string;
                                officeId: string;
                                readRate: number | null;
                                reads: number;
                                sent: number;
                            }[];
                            reminders: {
                                byChannel: {
                                    channel: string;
                                    count: number;
                                    outcome: string;
                                }[];
                                byOutcome: {
                                    count: number;
                                    outcome: string;
                                }[];
                                total: number;
                            };
                            to: string;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed (XLSX: admins and editors), or the office is outside my subtree: `office_out_of_scope` */
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
                /** @description No such campaign or course in my reach */
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
    "/api/admin/reports/deliveries/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Builds the deliveries report in a queue job: the GET's filters in the body, checked against my scope at once; poll GET /api/admin/reports/jobs/{id} for its progress and the report */
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
                        /** @description Start, inclusive (default: 30 days ago) */
                        from?: string;
                        /** @description An office of my subtree (default: my own); rows for it and each child office, rolled up over subtrees */
                        officeId?: string;
                        /** @description End, exclusive (default: now) */
                        to?: string;
                    };
                };
            };
            responses: {
                /** @description Queued (Location: the job) */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string | null;
                            filters: {
                                campaignId?: string;
                                courseId?: string;
                                from?: string;
                                officeId?: string;
                                quizId?: string;
                                to?: string;
                            };
                            finishedAt: string | null;
                            /** @description The job id: GET /api/admin/reports/jobs/{id} */
                            id: string;
                            /** @enum {string} */
                            kind: "participation" | "levels" | "funnel" | "stages" | "deliveries" | "questions";
                            /** @description 0–100: the share of the report’s reads done */
                            progress: number;
                            /** @description When done: what the GET of this kind answers (stages: a page of the late enterprises) */
                            report: ({
                                campaign: {
                                    closed: boolean;
                                    id: string;
                                    name: string;
                                    year: number;
                                };
                                rows: {
                                    code: string;
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    meetsTarget: boolean;
                                    name: string;
                                    officeId: string;
                                    participating: number;
                                    ratio: number | null;
                                    target: number;
                                    unionised: number;
                                }[];
                                target: number;
                            } | {
                                campaign: {
                                    closed: boolean;
                                    id: string;
                                    name: string;
                                    year: number;
                                };
                                rows: {
                                    city: number;
                                    code: string;
                                    district: number;
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    levelled: number;
                                    meetsTarget: boolean;
                                    name: string;
                                    officeId: string;
                                    participating: number;
                                    share: number | null;
                                    target: number;
                                    town: number;
                                }[];
                                target: number;
                            } | {
                                byCohort: {
                                    cohort: string;
                                    conversion: {
                                        bound: number | null;
                                        certificate: number | null;
                                        finalExam: number | null;
                                        lessons: number | null;
                                        moduleQuizzes: number | null;
                                    };
                                    counts: {
                                        bound: number;
                                        certificate: number;
                                        finalExam: number;
                                        imported: number;
                                        lessons: number;
                                        moduleQuizzes: number;
                                    };
                                }[];
                                byOffice: {
                                    code: string;
                                    conversion: {
                                        bound: number | null;
                                        certificate: number | null;
                                        finalExam: number | null;
                                        lessons: number | null;
                                        moduleQuizzes: number | null;
                                    };
                                    counts: {
                                        bound: number;
                                        certificate: number;
                                        finalExam: number;
                                        imported: number;
                                        lessons: number;
                                        moduleQuizzes: number;
                                    };
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    name: string;
                                    officeId: string;
                                }[];
                                course: {
                                    id: string;
                                    title: string;
                                };
                                steps: {
                                    key: string;
                                    name: string;
                                }[];
                                stuck: {
                                    instructors: {
                                        cohort: string;
                                        days: number;
                                        id: string;
                                        maskedName: string;
                                        officeId: string;
                                        officeName: string;
                                        phone: string;
                                        since: string;
                                    }[];
                                    step: string;
                                    stepName: string;
                                    total: number;
                                }[];
                            } | {
                                campaign: {
                                    closed: boolean;
                                    id: string;
                                    name: string;
                                    year: number;
                                };
                                late: {
                                    byReach: {
                                        bot: number;
                                        mp: number;
                                        none: number;
                                    };
                                    items: {
                                        contacts: {
                                            bot: boolean;
                                            miniProgram: boolean;
                                            name: string;
                                            phone: string;
                                            /** @enum {string} */
                                            reach: "mp" | "bot" | "none";
                                        }[];
                                        daysLate: number;
                                        deadline: string;
                                        enterpriseId: string;
                                        enterpriseName: string;
                                        officeId: string;
                                        officeName: string;
                                        /** @enum {string} */
                                        reach: "mp" | "bot" | "none";
                                        /** @enum {string} */
                                        stage: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming";
                                        stageName: string;
                                    }[];
                                    page: number;
                                    pageSize: number;
                                    total: number;
                                };
                                rows: {
                                    code: string;
                                    done: number;
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    late: number;
                                    name: string;
                                    officeId: string;
                                    open: number;
                                    /** @enum {string} */
                                    stage: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming";
                                    stageName: string;
                                }[];
                            } | {
                                broadcasts: {
                                    byChannel: {
                                        channel: string;
                                        count: number;
                                        outcome: string;
                                    }[];
                                    byOutcome: {
                                        count: number;
                                        outcome: string;
                                    }[];
                                    deliveries: number;
                                    total: number;
                                };
                                from: string;
                                reads: {
                                    code: string;
                                    deliveries: number;
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    name: string;
                                    officeId: string;
                                    readRate: number | null;
                                    reads: number;
                                    sent: number;
                                }[];
                                reminders: {
                                    byChannel: {
                                        channel: string;
                                        count: number;
                                        outcome: string;
                                    }[];
                                    byOutcome: {
                                        count: number;
                                        outcome: string;
                                    }[];
                                    total: number;
                                };
                                to: string;
                            } | {
                                /**
                                 * @description Each learner's first graded attempt
                                 * @enum {string}
                                 */
                                attemptsUsed: "first";
                                course: {
                                    id: string;
                                    title: string;
                                };
                                quizzes: {
                                    attempts: number;
                                    /** @enum {string} */
                                    kind: "module" | "final";
                                    questions: {
                                        attempts: number;
                                        /** @description Discrimination index (%), Fisher's z interval */
                                        discrimination: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        /** @description Discriminative efficiency (%) */
                                        efficiency: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        /** @description Facility index (%), Wilson's interval */
                                        facility: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        fewAttempts: boolean;
                                        flagged: boolean;
                                        questionId: string;
                                        reasons: ("low_efficiency" | "negative_discrimination")[];
                                        sd: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        stem: string;
                                    }[];
                                    quiz: {
                                        /** @description Cronbach's alpha (%), Feldt's interval */
                                        alpha: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        attempts: number;
                                        errorRatio: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        fewAttempts: boolean;
                                        meanTotal: number | null;
                                        positions: number;
                                        sdTotal: number | null;
                                        standardError: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                    };
                                    quizId: string;
                                    skippedWithoutAnswers: number;
                                    title: string;
                                }[];
                            }) | null;
                            requestedAt: string;
                            /**
                             * @description lost: Redis lost the job before it finished (ask again); a finished report is kept in MongoDB and survives Redis
                             * @enum {string}
                             */
                            state: "queued" | "running" | "done" | "failed" | "lost";
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed (XLSX: admins and editors), or the office is outside my subtree: `office_out_of_scope` */
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
                /** @description No such campaign or course in my reach */
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
                /** @description Redis or MongoDB unavailable */
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
    "/api/admin/reports/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Training funnel of a course (imported → bound → every lesson read → module quizzes passed → final exam passed → certificate), per office and cohort, with the 10 instructors stuck longest at each step. Answers directly for any office; for a subtree of more than 32 offices (a city), or the funnel and question quality of a district, use POST …/jobs and poll the job */
        get: {
            parameters: {
                query?: {
                    courseId?: string;
                    format?: "json" | "xlsx";
                    officeId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Counts and conversions; names masked, phones masked for viewers (?format=xlsx: a workbook) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byCohort: {
                                cohort: string;
                                conversion: {
                                    bound: number | null;
                                    certificate: number | null;
                                    finalExam: number | null;
                                    lessons: number | null;
                                    moduleQuizzes: number | null;
                                };
                                counts: {
                                    bound: number;
                                    certificate: number;
                                    finalExam: number;
                                    imported: number;
                                    lessons: number;
                                    moduleQuizzes: number;
                                };
                            }[];
                            byOffice: {
                                code: string;
                                conversion: {
                                    bound: number | null;
                                    certificate: number | null;
                                    finalExam: number | null;
                                    lessons: number | null;
                                    moduleQuizzes: number | null;
                                };
                                counts: {
                                    bound: number;
                                    certificate: number;
                                    finalExam: number;
                                    imported: number;
                                    lessons: number;
                                    moduleQuizzes: number;
                                };
                                /** @enum {string} */
                                kind: "office" | "child";
                                name: string;
                                officeId: string;
                            }[];
                            course: {
                                id: string;
                                title: string;
                            };
                            steps: {
                                key: string;
                                name: string;
                            }[];
                            stuck: {
                                instructors: {
                                    cohort: string;
                                    days: number;
                                    id: string;
                                    maskedName: string;
                                    officeId: string;
                                    officeName: string;
                                    phone: string;
                                    since: string;
                                }[];
                                step: string;
                                stepName: string;
                                total: number;
                            }[];
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed (XLSX: admins and editors), or the office is outside my subtree: `office_out_of_scope` */
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
                /** @description No such campaign or course in my reach */
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
    "/api/admin/reports/funnel/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Builds the funnel report in a queue job: the GET's filters in the body, checked against my scope at once; poll GET /api/admin/reports/jobs/{id} for its progress and the report */
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
                        /** @description Default: the newest published course */
                        courseId?: string;
                        /** @description An office of my subtree (default: my own); rows for it and each child office, rolled up over subtrees */
                        officeId?: string;
                    };
                };
            };
            responses: {
                /** @description Queued (Location: the job) */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string | null;
                            filters: {
                                campaignId?: string;
                                courseId?: string;
                                from?: string;
                                officeId?: string;
                                quizId?: string;
                                to?: string;
                            };
                            finishedAt: string | null;
                            /** @description The job id: GET /api/admin/reports/jobs/{id} */
                            id: string;
                            /** @enum {string} */
                            kind: "participation" | "levels" | "funnel" | "stages" | "deliveries" | "questions";
                            /** @description 0–100: the share of the report’s reads done */
                            progress: number;
                            /** @description When done: what the GET of this kind answers (stages: a page of the late enterprises) */
                            report: ({
                                campaign: {
                                    closed: boolean;
                                    id: string;
                                    name: string;
                                    year: number;
                                };
                                rows: {
                                    code: string;
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    meetsTarget: boolean;
                                    name: string;
                                    officeId: string;
                                    participating: number;
                                    ratio: number | null;
                                    target: number;
                                    unionised: number;
                                }[];
                                target: number;
                            } | {
                                campaign: {
                                    closed: boolean;
                                    id: string;
                                    name: string;
                                    year: number;
                                };
                                rows: {
                                    city: number;
                                    code: string;
                                    district: number;
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    levelled: number;
                                    meetsTarget: boolean;
                                    name: string;
                                    officeId: string;
                                    participating: number;
                                    share: number | null;
                                    target: number;
                                    town: number;
                                }[];
                                target: number;
                            } | {
                                byCohort: {
                                    cohort: string;
                                    conversion: {
                                        bound: number | null;
                                        certificate: number | null;
                                        finalExam: number | null;
                                        lessons: number | null;
                                        moduleQuizzes: number | null;
                                    };
                                    counts: {
                                        bound: number;
                                        certificate: number;
                                        finalExam: number;
                                        imported: number;
                                        lessons: number;
                                        moduleQuizzes: number;
                                    };
                                }[];
                                byOffice: {
                                    code: string;
                                    conversion: {
                                        bound: number | null;
                                        certificate: number | null;
                                        finalExam: number | null;
                                        lessons: number | null;
                                        moduleQuizzes: number | null;
                                    };
                                    counts: {
                                        bound: number;
                                        certificate: number;
                                        finalExam: number;
                                        imported: number;
                                        lessons: number;
                                        moduleQuizzes: number;
                                    };
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    name: string;
                                    officeId: string;
                                }[];
                                course: {
                                    id: string;
                                    title: string;
                                };
                                steps: {
                                    key: string;
                                    name: string;
                                }[];
                                stuck: {
                                    instructors: {
                                        cohort: string;
                                        days: number;
                                        id: string;
                                        maskedName: string;
                                        officeId: string;
                                        officeName: string;
                                        phone: string;
                                        since: string;
                                    }[];
                                    step: string;
                                    stepName: string;
                                    total: number;
                                }[];
                            } | {
                                campaign: {
                                    closed: boolean;
                                    id: string;
                                    name: string;
                                    year: number;
                                };
                                late: {
                                    byReach: {
                                        bot: number;
                                        mp: number;
                                        none: number;
                                    };
                                    items: {
                                        contacts: {
                                            bot: boolean;
                                            miniProgram: boolean;
                                            name: string;
                                            phone: string;
                                            /** @enum {string} */
                                            reach: "mp" | "bot" | "none";
                                        }[];
                                        daysLate: number;
                                        deadline: string;
                                        enterpriseId: string;
                                        enterpriseName: string;
                                        officeId: string;
                                        officeName: string;
                                        /** @enum {string} */
                                        reach: "mp" | "bot" | "none";
                                        /** @enum {string} */
                                        stage: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming";
                                        stageName: string;
                                    }[];
                                    page: number;
                                    pageSize: number;
                                    total: number;
                                };
                                rows: {
                                    code: string;
                                    done: number;
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    late: number;
                                    name: string;
                                    officeId: string;
                                    open: number;
                                    /** @enum {string} */
                                    stage: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming";
                                    stageName: string;
                                }[];
                            } | {
                                broadcasts: {
                                    byChannel: {
                                        channel: string;
                                        count: number;
                                        outcome: string;
                                    }[];
                                    byOutcome: {
                                        count: number;
                                        outcome: string;
                                    }[];
                                    deliveries: number;
                                    total: number;
                                };
                                from: string;
                                reads: {
                                    code: string;
                                    deliveries: number;
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    name: string;
                                    officeId: string;
                                    readRate: number | null;
                                    reads: number;
                                    sent: number;
                                }[];
                                reminders: {
                                    byChannel: {
                                        channel: string;
                                        count: number;
                                        outcome: string;
                                    }[];
                                    byOutcome: {
                                        count: number;
                                        outcome: string;
                                    }[];
                                    total: number;
                                };
                                to: string;
                            } | {
                                /**
                                 * @description Each learner's first graded attempt
                                 * @enum {string}
                                 */
                                attemptsUsed: "first";
                                course: {
                                    id: string;
                                    title: string;
                                };
                                quizzes: {
                                    attempts: number;
                                    /** @enum {string} */
                                    kind: "module" | "final";
                                    questions: {
                                        attempts: number;
                                        /** @description Discrimination index (%), Fisher's z interval */
                                        discrimination: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        /** @description Discriminative efficiency (%) */
                                        efficiency: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        /** @description Facility index (%), Wilson's interval */
                                        facility: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        fewAttempts: boolean;
                                        flagged: boolean;
                                        questionId: string;
                                        reasons: ("low_efficiency" | "negative_discrimination")[];
                                        sd: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        stem: string;
                                    }[];
                                    quiz: {
                                        /** @description Cronbach's alpha (%), Feldt's interval */
                                        alpha: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        attempts: number;
                                        errorRatio: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        fewAttempts: boolean;
                                        meanTotal: number | null;
                                        positions: number;
                                        sdTotal: number | null;
                                        standardError: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                    };
                                    quizId: string;
                                    skippedWithoutAnswers: number;
                                    title: string;
                                }[];
                            }) | null;
                            requestedAt: string;
                            /**
                             * @description lost: Redis lost the job before it finished (ask again); a finished report is kept in MongoDB and survives Redis
                             * @enum {string}
                             */
                            state: "queued" | "running" | "done" | "failed" | "lost";
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed (XLSX: admins and editors), or the office is outside my subtree: `office_out_of_scope` */
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
                /** @description No such campaign or course in my reach */
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
                /** @description Redis or MongoDB unavailable */
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
    "/api/admin/reports/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A report job: its state, progress (0–100) and, once done, the report (?format=xlsx: the workbook, admins and editors). Readable by the staff member who asked and by admins of their office or an office above; a finished report is kept in MongoDB, so it still answers after Redis lost the job */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "xlsx";
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description State, progress and, when done, the report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string | null;
                            filters: {
                                campaignId?: string;
                                courseId?: string;
                                from?: string;
                                officeId?: string;
                                quizId?: string;
                                to?: string;
                            };
                            finishedAt: string | null;
                            /** @description The job id: GET /api/admin/reports/jobs/{id} */
                            id: string;
                            /** @enum {string} */
                            kind: "participation" | "levels" | "funnel" | "stages" | "deliveries" | "questions";
                            /** @description 0–100: the share of the report’s reads done */
                            progress: number;
                            /** @description When done: what the GET of this kind answers (stages: a page of the late enterprises) */
                            report: ({
                                campaign: {
                                    closed: boolean;
                                    id: string;
                                    name: string;
                                    year: number;
                                };
                                rows: {
                                    code: string;
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    meetsTarget: boolean;
                                    name: string;
                                    officeId: string;
                                    participating: number;
                                    ratio: number | null;
                                    target: number;
                                    unionised: number;
                                }[];
                                target: number;
                            } | {
                                campaign: {
                                    closed: boolean;
                                    id: string;
                                    name: string;
                                    year: number;
                                };
                                rows: {
                                    city: number;
                                    code: string;
                                    district: number;
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    levelled: number;
                                    meetsTarget: boolean;
                                    name: string;
                                    officeId: string;
                                    participating: number;
                                    share: number | null;
                                    target: number;
                                    town: number;
                                }[];
                                target: number;
                            } | {
                                byCohort: {
                                    cohort: string;
                                    conversion: {
                                        bound: number | null;
                                        certificate: number | null;
                                        finalExam: number | null;
                                        lessons: number | null;
                                        moduleQuizzes: number | null;
                                    };
                                    counts: {
                                        bound: number;
                                        certificate: number;
                                        finalExam: number;
                                        imported: number;
                                        lessons: number;
                                        moduleQuizzes: number;
                                    };
                                }[];
                                byOffice: {
                                    code: string;
                                    conversion: {
                                        bound: number | null;
                                        certificate: number | null;
                                        finalExam: number | null;
                                        lessons: number | null;
                                        moduleQuizzes: number | null;
                                    };
                                    counts: {
                                        bound: number;
                                        certificate: number;
                                        finalExam: number;
                                        imported: number;
                                        lessons: number;
                                        moduleQuizzes: number;
                                    };
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    name: string;
                                    officeId: string;
                                }[];
                                course: {
                                    id: string;
                                    title: string;
                                };
                                steps: {
                                    key: string;
                                    name: string;
                                }[];
                                stuck: {
                                    instructors: {
                                        cohort: string;
                                        days: number;
                                        id: string;
                                        maskedName: string;
                                        officeId: string;
                                        officeName: string;
                                        phone: string;
                                        since: string;
                                    }[];
                                    step: string;
                                    stepName: string;
                                    total: number;
                                }[];
                            } | {
                                campaign: {
                                    closed: boolean;
                                    id: string;
                                    name: string;
                                    year: number;
                                };
                                late: {
                                    byReach: {
                                        bot: number;
                                        mp: number;
                                        none: number;
                                    };
                                    items: {
                                        contacts: {
                                            bot: boolean;
                                            miniProgram: boolean;
                                            name: string;
                                            phone: string;
                                            /** @enum {string} */
                                            reach: "mp" | "bot" | "none";
                                        }[];
                                        daysLate: number;
                                        deadline: string;
                                        enterpriseId: string;
                                        enterpriseName: string;
                                        officeId: string;
                                        officeName: string;
                                        /** @enum {string} */
                                        reach: "mp" | "bot" | "none";
                                        /** @enum {string} */
                                        stage: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming";
                                        stageName: string;
                                    }[];
                                    page: number;
                                    pageSize: number;
                                    total: number;
                                };
                                rows: {
                                    code: string;
                                    done: number;
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    late: number;
                                    name: string;
                                    officeId: string;
                                    open: number;
                                    /** @enum {string} */
                                    stage: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming";
                                    stageName: string;
                                }[];
                            } | {
                                broadcasts: {
                                    byChannel: {
                                        channel: string;
                                        count: number;
                                        outcome: string;
                                    }[];
                                    byOutcome: {
                                        count: number;
                                        outcome: string;
                                    }[];
                                    deliveries: number;
                                    total: number;
                                };
                                from: string;
                                reads: {
                                    code: string;
                                    deliveries: number;
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    name: string;
                                    officeId: string;
                                    readRate: number | null;
                                    reads: number;
                                    sent: number;
                                }[];
                                reminders: {
                                    byChannel: {
                                        channel: string;
                                        count: number;
                                        outcome: string;
                                    }[];
                                    byOutcome: {
                                        count: number;
                                        outcome: string;
                                    }[];
                                    total: number;
                                };
                                to: string;
                            } | {
                                /**
                                 * @description Each learner's first graded attempt
                                 * @enum {string}
                                 */
                                attemptsUsed: "first";
                                course: {
                                    id: string;
                                    title: string;
                                };
                                quizzes: {
                                    attempts: number;
                                    /** @enum {string} */
                                    kind: "module" | "final";
                                    questions: {
                                        attempts: number;
                                        /** @description Discrimination index (%), Fisher's z interval */
                                        discrimination: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        /** @description Discriminative efficiency (%) */
                                        efficiency: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        /** @description Facility index (%), Wilson's interval */
                                        facility: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        fewAttempts: boolean;
                                        flagged: boolean;
                                        questionId: string;
                                        reasons: ("low_efficiency" | "negative_discrimination")[];
                                        sd: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        stem: string;
                                    }[];
                                    quiz: {
                                        /** @description Cronbach's alpha (%), Feldt's interval */
                                        alpha: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        attempts: number;
                                        errorRatio: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        fewAttempts: boolean;
                                        meanTotal: number | null;
                                        positions: number;
                                        sdTotal: number | null;
                                        standardError: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                    };
                                    quizId: string;
                                    skippedWithoutAnswers: number;
                                    title: string;
                                }[];
                            }) | null;
                            requestedAt: string;
                            /**
                             * @description lost: Redis lost the job before it finished (ask again); a finished report is kept in MongoDB and survives Redis
                             * @enum {string}
                             */
                            state: "queued" | "running" | "done" | "failed" | "lost";
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed (XLSX: admins and editors), or the office is outside my subtree: `office_out_of_scope` */
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
                /** @description No such job, or not mine to read */
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
                /** @description XLSX asked before the report is done: `report_not_ready` */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/reports/levels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Participating enterprises at town, district or city level, per office, against the 6% target. Answers directly for any office; for a subtree of more than 32 offices (a city), or the funnel and question quality of a district, use POST …/jobs and poll the job */
        get: {
            parameters: {
                query?: {
                    campaignId?: string;
                    format?: "json" | "xlsx";
                    officeId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Per office, rolled up (?format=xlsx: the same as a workbook) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaign: {
                                closed: boolean;
                                id: string;
                                name: string;
                                year: number;
                            };
                            rows: {
                                city: number;
                                code: string;
                                district: number;
                                /** @enum {string} */
                                kind: "office" | "child";
                                levelled: number;
                                meetsTarget: boolean;
                                name: string;
                                officeId: string;
                                participating: number;
                                share: number | null;
                                target: number;
                                town: number;
                            }[];
                            target: number;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed (XLSX: admins and editors), or the office is outside my subtree: `office_out_of_scope` */
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
                /** @description No such campaign or course in my reach */
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
    "/api/admin/reports/levels/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Builds the levels report in a queue job: the GET's filters in the body, checked against my scope at once; poll GET /api/admin/reports/jobs/{id} for its progress and the report */
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
                        /** @description Default: the newest open campaign */
                        campaignId?: string;
                        /** @description An office of my subtree (default: my own); rows for it and each child office, rolled up over subtrees */
                        officeId?: string;
                    };
                };
            };
            responses: {
                /** @description Queued (Location: the job) */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string | null;
                            filters: {
                                campaignId?: string;
                                courseId?: string;
                                from?: string;
                                officeId?: string;
                                quizId?: string;
                                to?: string;
                            };
                            finishedAt: string | null;
                            /** @description The job id: GET /api/admin/reports/jobs/{id} */
                            id: string;
                            /** @enum {string} */
                            kind: "participation" | "levels" | "funnel" | "stages" | "deliveries" | "questions";
                            /** @description 0–100: the share of the report’s reads done */
                            progress: number;
                            /** @description When done: what the GET of this kind answers (stages: a page of the late enterprises) */
                            report: ({
                                campaign: {
                                    closed: boolean;
                                    id: string;
                                    name: string;
                                    year: number;
                                };
                                rows: {
                                    code: string;
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    meetsTarget: boolean;
                                    name: string;
                                    officeId: string;
                                    participating: number;
                                    ratio: number | null;
                                    target: number;
                                    unionised: number;
                                }[];
                                target: number;
                            } | {
                                campaign: {
                                    closed: boolean;
                                    id: string;
                                    name: string;
                                    year: number;
                                };
                                rows: {
                                    city: number;
                                    code: string;
                                    district: number;
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    levelled: number;
                                    meetsTarget: boolean;
                                    name: string;
                                    officeId: string;
                                    participating: number;
                                    share: number | null;
                                    target: number;
                                    town: number;
                                }[];
                                target: number;
                            } | {
                                byCohort: {
                                    cohort: string;
                                    conversion: {
                                        bound: number | null;
                                        certificate: number | null;
                                        finalExam: number | null;
                                        lessons: number | null;
                                        moduleQuizzes: number | null;
                                    };
                                    counts: {
                                        bound: number;
                                        certificate: number;
                                        finalExam: number;
                                        imported: number;
                                        lessons: number;
                                        moduleQuizzes: number;
                                    };
                                }[];
                                byOffice: {
                                    code: string;
                                    conversion: {
                                        bound: number | null;
                                        certificate: number | null;
                                        finalExam: number | null;
                                        lessons: number | null;
                                        moduleQuizzes: number | null;
                                    };
                                    counts: {
                                        bound: number;
                                        certificate: number;
                                        finalExam: number;
                                        imported: number;
                                        lessons: number;
                                        moduleQuizzes: number;
                                    };
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    name: string;
                                    officeId: string;
                                }[];
                                course: {
                                    id: string;
                                    title: string;
                                };
                                steps: {
                                    key: string;
                                    name: string;
                                }[];
                                stuck: {
                                    instructors: {
                                        cohort: string;
                                        days: number;
                                        id: string;
                                        maskedName: string;
                                        officeId: string;
                                        officeName: string;
                                        phone: string;
                                        since: string;
                                    }[];
                                    step: string;
                                    stepName: string;
                                    total: number;
                                }[];
                            } | {
                                campaign: {
                                    closed: boolean;
                                    id: string;
                                    name: string;
                                    year: number;
                                };
                                late: {
                                    byReach: {
                                        bot: number;
                                        mp: number;
                                        none: number;
                                    };
                                    items: {
                                        contacts: {
                                            bot: boolean;
                                            miniProgram: boolean;
                                            name: string;
                                            phone: string;
                                            /** @enum {string} */
                                            reach: "mp" | "bot" | "none";
                                        }[];
                                        daysLate: number;
                                        deadline: string;
                                        enterpriseId: string;
                                        enterpriseName: string;
                                        officeId: string;
                                        officeName: string;
                                        /** @enum {string} */
                                        reach: "mp" | "bot" | "none";
                                        /** @enum {string} */
                                        stage: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming";
                                        stageName: string;
                                    }[];
                                    page: number;
                                    pageSize: number;
                                    total: number;
                                };
                                rows: {
                                    code: string;
                                    done: number;
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    late: number;
                                    name: string;
                                    officeId: string;
                                    open: number;
                                    /** @enum {string} */
                                    stage: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming";
                                    stageName: string;
                                }[];
                            } | {
                                broadcasts: {
                                    byChannel: {
                                        channel: string;
                                        count: number;
                                        outcome: string;
                                    }[];
                                    byOutcome: {
                                        count: number;
                                        outcome: string;
                                    }[];
                                    deliveries: number;
                                    total: number;
                                };
                                from: string;
                                reads: {
                                    code: string;
                                    deliveries: number;
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    name: string;
                                    officeId: string;
                                    readRate: number | null;
                                    reads: number;
                                    sent: number;
                                }[];
                                reminders: {
                                    byChannel: {
                                        channel: string;
                                        count: number;
                                        outcome: string;
                                    }[];
                                    byOutcome: {
                                        count: number;
                                        outcome: string;
                                    }[];
                                    total: number;
                                };
                                to: string;
                            } | {
                                /**
                                 * @description Each learner's first graded attempt
                                 * @enum {string}
                                 */
                                attemptsUsed: "first";
                                course: {
                                    id: string;
                                    title: string;
                                };
                                quizzes: {
                                    attempts: number;
                                    /** @enum {string} */
                                    kind: "module" | "final";
                                    questions: {
                                        attempts: number;
                                        /** @description Discrimination index (%), Fisher's z interval */
                                        discrimination: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        /** @description Discriminative efficiency (%) */
                                        efficiency: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        /** @description Facility index (%), Wilson's interval */
                                        facility: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        fewAttempts: boolean;
                                        flagged: boolean;
                                        questionId: string;
                                        reasons: ("low_efficiency" | "negative_discrimination")[];
                                        sd: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        stem: string;
                                    }[];
                                    quiz: {
                                        /** @description Cronbach's alpha (%), Feldt's interval */
                                        alpha: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        attempts: number;
                                        errorRatio: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        fewAttempts: boolean;
                                        meanTotal: number | null;
                                        positions: number;
                                        sdTotal: number | null;
                                        standardError: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                    };
                                    quizId: string;
                                    skippedWithoutAnswers: number;
                                    title: string;
                                }[];
                            }) | null;
                            requestedAt: string;
                            /**
                             * @description lost: Redis lost the job before it finished (ask again); a finished report is kept in MongoDB and survives Redis
                             * @enum {string}
                             */
                            state: "queued" | "running" | "done" | "failed" | "lost";
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed (XLSX: admins and editors), or the office is outside my subtree: `office_out_of_scope` */
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
                /** @description No such campaign or course in my reach */
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
                /** @description Redis or MongoDB unavailable */
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
    "/api/admin/reports/participation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Unionised enterprises taking part in a campaign (an application not withdrawn), per office, against the 90% target. Answers directly for any office; for a subtree of more than 32 offices (a city), or the funnel and question quality of a district, use POST …/jobs and poll the job */
        get: {
            parameters: {
                query?: {
                    campaignId?: string;
                    format?: "json" | "xlsx";
                    officeId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Per office, rolled up (?format=xlsx: the same as a workbook) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaign: {
                                closed: boolean;
                                id: string;
                                name: string;
                                year: number;
                            };
                            rows: {
                                code: string;
                                /** @enum {string} */
                                kind: "office" | "child";
                                meetsTarget: boolean;
                                name: string;
                                officeId: string;
                                participating: number;
                                ratio: number | null;
                                target: number;
                                unionised: number;
                            }[];
                            target: number;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed (XLSX: admins and editors), or the office is outside my subtree: `office_out_of_scope` */
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
                /** @description No such campaign or course in my reach */
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
    "/api/admin/reports/participation/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Builds the participation report in a queue job: the GET's filters in the body, checked against my scope at once; poll GET /api/admin/reports/jobs/{id} for its progress and the report */
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
                        /** @description Default: the newest open campaign */
                        campaignId?: string;
                        /** @description An office of my subtree (default: my own); rows for it and each child office, rolled up over subtrees */
                        officeId?: string;
                    };
                };
            };
            responses: {
                /** @description Queued (Location: the job) */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string | null;
                            filters: {
                                campaignId?: string;
                                courseId?: string;
                                from?: string;
                                officeId?: string;
                                quizId?: string;
                                to?: string;
                            };
                            finishedAt: string | null;
                            /** @description The job id: GET /api/admin/reports/jobs/{id} */
                            id: string;
                            /** @enum {string} */
                            kind: "participation" | "levels" | "funnel" | "stages" | "deliveries" | "questions";
                            /** @description 0–100: the share of the report’s reads done */
                            progress: number;
                            /** @description When done: what the GET of this kind answers (stages: a page of the late enterprises) */
                            report: ({
                                campaign: {
                                    closed: boolean;
                                    id: string;
                                    name: string;
                                    year: number;
                                };
                                rows: {
                                    code: string;
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    meetsTarget: boolean;
                                    name: string;
                                    officeId: string;
                                    participating: number;
                                    ratio: number | null;
                                    target: number;
                                    unionised: number;
                                }[];
                                target: number;
                            } | {
                                campaign: {
                                    closed: boolean;
                                    id: string;
                                    name: string;
                                    year: number;
                                };
                                rows: {
                                    city: number;
                                    code: string;
                                    district: number;
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    levelled: number;
                                    meetsTarget: boolean;
                                    name: string;
                                    officeId: string;
                                    participating: number;
                                    share: number | null;
                                    target: number;
                                    town: number;
                                }[];
                                target: number;
                            } | {
                                byCohort: {
                                    cohort: string;
                                    conversion: {
                                        bound: number | null;
                                        certificate: number | null;
                                        finalExam: number | null;
                                        lessons: number | null;
                                        moduleQuizzes: number | null;
                                    };
                                    counts: {
                                        bound: number;
                                        certificate: number;
                                        finalExam: number;
                                        imported: number;
                                        lessons: number;
                                        moduleQuizzes: number;
                                    };
                                }[];
                                byOffice: {
                                    code: string;
                                    conversion: {
                                        bound: number | null;
                                        certificate: number | null;
                                        finalExam: number | null;
                                        lessons: number | null;
                                        moduleQuizzes: number | null;
                                    };
                                    counts: {
                                        bound: number;
                                        certificate: number;
                                        finalExam: number;
                                        imported: number;
                                        lessons: number;
                                        moduleQuizzes: number;
                                    };
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    name: string;
                                    officeId: string;
                                }[];
                                course: {
                                    id: string;
                                    title: string;
                                };
                                steps: {
                                    key: string;
                                    name: string;
                                }[];
                                stuck: {
                                    instructors: {
                                        cohort: string;
                                        days: number;
                                        id: string;
                                        maskedName: string;
                                        officeId: string;
                                        officeName: string;
                                        phone: string;
                                        since: string;
                                    }[];
                                    step: string;
                                    stepName: string;
                                    total: number;
                                }[];
                            } | {
                                campaign: {
                                    closed: boolean;
                                    id: string;
                                    name: string;
                                    year: number;
                                };
                                late: {
                                    byReach: {
                                        bot: number;
                                        mp: number;
                                        none: number;
                                    };
                                    items: {
                                        contacts: {
                                            bot: boolean;
                                            miniProgram: boolean;
                                            name: string;
                                            phone: string;
                                            /** @enum {string} */
                                            reach: "mp" | "bot" | "none";
                                        }[];
                                        daysLate: number;
                                        deadline: string;
                                        enterpriseId: string;
                                        enterpriseName: string;
                                        officeId: string;
                                        officeName: string;
                                        /** @enum {string} */
                                        reach: "mp" | "bot" | "none";
                                        /** @enum {string} */
                                        stage: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming";
                                        stageName: string;
                                    }[];
                                    page: number;
                                    pageSize: number;
                                    total: number;
                                };
                                rows: {
                                    code: string;
                                    done: number;
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    late: number;
                                    name: string;
                                    officeId: string;
                                    open: number;
                                    /** @enum {string} */
                                    stage: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming";
                                    stageName: string;
                                }[];
                            } | {
                                broadcasts: {
                                    byChannel: {
                                        channel: string;
                                        count: number;
                                        outcome: string;
                                    }[];
                                    byOutcome: {
                                        count: number;
                                        outcome: string;
                                    }[];
                                    deliveries: number;
                                    total: number;
                                };
                                from: string;
                                reads: {
                                    code: string;
                                    deliveries: number;
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    name: string;
                                    officeId: string;
                                    readRate: number | null;
                                    reads: number;
                                    sent: number;
                                }[];
                                reminders: {
                                    byChannel: {
                                        channel: string;
                                        count: number;
                                        outcome: string;
                                    }[];
                                    byOutcome: {
                                        count: number;
                                        outcome: string;
                                    }[];
                                    total: number;
                                };
                                to: string;
                            } | {
                                /**
                                 * @description Each learner's first graded attempt
                                 * @enum {string}
                                 */
                                attemptsUsed: "first";
                                course: {
                                    id: string;
                                    title: string;
                                };
                                quizzes: {
                                    attempts: number;
                                    /** @enum {string} */
                                    kind: "module" | "final";
                                    questions: {
                                        attempts: number;
                                        /** @description Discrimination index (%), Fisher's z interval */
                                        discrimination: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        /** @description Discriminative efficiency (%) */
                                        efficiency: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        /** @description Facility index (%), Wilson's interval */
                                        facility: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        fewAttempts: boolean;
                                        flagged: boolean;
                                        questionId: string;
                                        reasons: ("low_efficiency" | "negative_discrimination")[];
                                        sd: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        stem: string;
                                    }[];
                                    quiz: {
                                        /** @description Cronbach's alpha (%), Feldt's interval */
                                        alpha: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        attempts: number;
                                        errorRatio: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        fewAttempts: boolean;
                                        meanTotal: number | null;
                                        positions: number;
                                        sdTotal: number | null;
                                        standardError: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                    };
                                    quizId: string;
                                    skippedWithoutAnswers: number;
                                    title: string;
                                }[];
                            }) | null;
                            requestedAt: string;
                            /**
                             * @description lost: Redis lost the job before it finished (ask again); a finished report is kept in MongoDB and survives Redis
                             * @enum {string}
                             */
                            state: "queued" | "running" | "done" | "failed" | "lost";
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed (XLSX: admins and editors), or the office is outside my subtree: `office_out_of_scope` */
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
                /** @description No such campaign or course in my reach */
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
                /** @description Redis or MongoDB unavailable */
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
    "/api/admin/reports/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Question quality per quiz, Moodle's formulas on each learner's first graded attempt: facility, SD, discrimination and discriminative efficiency per question, Cronbach's alpha, error ratio and standard error per quiz, each with a 95% interval; flagged when efficiency < 15 or discrimination < 0; `fewAttempts` under 30. Answers directly for any office; for a subtree of more than 32 offices (a city), or the funnel and question quality of a district, use POST …/jobs and poll the job */
        get: {
            parameters: {
                query?: {
                    courseId?: string;
                    format?: "json" | "xlsx";
                    officeId?: string;
                    quizId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Per quiz and question (?format=xlsx: a workbook) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Each learner's first graded attempt
                             * @enum {string}
                             */
                            attemptsUsed: "first";
                            course: {
                                id: string;
                                title: string;
                            };
                            quizzes: {
                                attempts: number;
                                /** @enum {string} */
                                kind: "module" | "final";
                                questions: {
                                    attempts: number;
                                    /** @description Discrimination index (%), Fisher's z interval */
                                    discrimination: {
                                        high: number | null;
                                        /** @description 95% interval */
                                        low: number | null;
                                        value: number | null;
                                    };
                                    /** @description Discriminative efficiency (%) */
                                    efficiency: {
                                        high: number | null;
                                        /** @description 95% interval */
                                        low: number | null;
                                        value: number | null;
                                    };
                                    /** @description Facility index (%), Wilson's interval */
                                    facility: {
                                        high: number | null;
                                        /** @description 95% interval */
                                        low: number | null;
                                        value: number | null;
                                    };
                                    fewAttempts: boolean;
                                    flagged: boolean;
                                    questionId: string;
                                    reasons: ("low_efficiency" | "negative_discrimination")[];
                                    sd: {
                                        high: number | null;
                                        /** @description 95% interval */
                                        low: number | null;
                                        value: number | null;
                                    };
                                    stem: string;
                                }[];
                                quiz: {
                                    /** @description Cronbach's alpha (%), Feldt's interval */
                                    alpha: {
                                        high: number | null;
                                        /** @description 95% interval */
                                        low: number | null;
                                        value: number | null;
                                    };
                                    attempts: number;
                                    errorRatio: {
                                        high: number | null;
                                        /** @description 95% interval */
                                        low: number | null;
                                        value: number | null;
                                    };
                                    fewAttempts: boolean;
                                    meanTotal: number | null;
                                    positions: number;
                                    sdTotal: number | null;
                                    standardError: {
                                        high: number | null;
                                        /** @description 95% interval */
                                        low: number | null;
                                        value: number | null;
                                    };
                                };
                                quizId: string;
                                skippedWithoutAnswers: number;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed (XLSX: admins and editors), or the office is outside my subtree: `office_out_of_scope` */
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
                /** @description No such campaign or course in my reach */
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
    "/api/admin/reports/questions/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Builds the questions report in a queue job: the GET's filters in the body, checked against my scope at once; poll GET /api/admin/reports/jobs/{id} for its progress and the report */
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
                        /** @description Default: the newest published course */
                        courseId?: string;
                        /** @description An office of my subtree (default: my own); rows for it and each child office, rolled up over subtrees */
                        officeId?: string;
                        /** @description One quiz of the course (default: all) */
                        quizId?: string;
                    };
                };
            };
            responses: {
                /** @description Queued (Location: the job) */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string | null;
                            filters: {
                                campaignId?: string;
                                courseId?: string;
                                from?: string;
                                officeId?: string;
                                quizId?: string;
                                to?: string;
                            };
                            finishedAt: string | null;
                            /** @description The job id: GET /api/admin/reports/jobs/{id} */
                            id: string;
                            /** @enum {string} */
                            kind: "participation" | "levels" | "funnel" | "stages" | "deliveries" | "questions";
                            /** @description 0–100: the share of the report’s reads done */
                            progress: number;
                            /** @description When done: what the GET of this kind answers (stages: a page of the late enterprises) */
                            report: ({
                                campaign: {
                                    closed: boolean;
                                    id: string;
                                    name: string;
                                    year: number;
                                };
                                rows: {
                                    code: string;
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    meetsTarget: boolean;
                                    name: string;
                                    officeId: string;
                                    participating: number;
                                    ratio: number | null;
                                    target: number;
                                    unionised: number;
                                }[];
                                target: number;
                            } | {
                                campaign: {
                                    closed: boolean;
                                    id: string;
                                    name: string;
                                    year: number;
                                };
                                rows: {
                                    city: number;
                                    code: string;
                                    district: number;
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    levelled: number;
                                    meetsTarget: boolean;
                                    name: string;
                                    officeId: string;
                                    participating: number;
                                    share: number | null;
                                    target: number;
                                    town: number;
                                }[];
                                target: number;
                            } | {
                                byCohort: {
                                    cohort: string;
                                    conversion: {
                                        bound: number | null;
                                        certificate: number | null;
                                        finalExam: number | null;
                                        lessons: number | null;
                                        moduleQuizzes: number | null;
                                    };
                                    counts: {
                                        bound: number;
                                        certificate: number;
                                        finalExam: number;
                                        imported: number;
                                        lessons: number;
                                        moduleQuizzes: number;
                                    };
                                }[];
                                byOffice: {
                                    code: string;
                                    conversion: {
                                        bound: number | null;
                                        certificate: number | null;
                                        finalExam: number | null;
                                        lessons: number | null;
                                        moduleQuizzes: number | null;
                                    };
                                    counts: {
                                        bound: number;
                                        certificate: number;
                                        finalExam: number;
                                        imported: number;
                                        lessons: number;
                                        moduleQuizzes: number;
                                    };
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    name: string;
                                    officeId: string;
                                }[];
                                course: {
                                    id: string;
                                    title: string;
                                };
                                steps: {
                                    key: string;
                                    name: string;
                                }[];
                                stuck: {
                                    instructors: {
                                        cohort: string;
                                        days: number;
                                        id: string;
                                        maskedName: string;
                                        officeId: string;
                                        officeName: string;
                                        phone: string;
                                        since: string;
                                    }[];
                                    step: string;
                                    stepName: string;
                                    total: number;
                                }[];
                            } | {
                                campaign: {
                                    closed: boolean;
                                    id: string;
                                    name: string;
                                    year: number;
                                };
                                late: {
                                    byReach: {
                                        bot: number;
                                        mp: number;
                                        none: number;
                                    };
                                    items: {
                                        contacts: {
                                            bot: boolean;
                                            miniProgram: boolean;
                                            name: string;
                                            phone: string;
                                            /** @enum {string} */
                                            reach: "mp" | "bot" | "none";
                                        }[];
                                        daysLate: number;
                                        deadline: string;
                                        enterpriseId: string;
                                        enterpriseName: string;
                                        officeId: string;
                                        officeName: string;
                                        /** @enum {string} */
                                        reach: "mp" | "bot" | "none";
                                        /** @enum {string} */
                                        stage: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming";
                                        stageName: string;
                                    }[];
                                    page: number;
                                    pageSize: number;
                                    total: number;
                                };
                                rows: {
                                    code: string;
                                    done: number;
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    late: number;
                                    name: string;
                                    officeId: string;
                                    open: number;
                                    /** @enum {string} */
                                    stage: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming";
                                    stageName: string;
                                }[];
                            } | {
                                broadcasts: {
                                    byChannel: {
                                        channel: string;
                                        count: number;
                                        outcome: string;
                                    }[];
                                    byOutcome: {
                                        count: number;
                                        outcome: string;
                                    }[];
                                    deliveries: number;
                                    total: number;
                                };
                                from: string;
                                reads: {
                                    code: string;
                                    deliveries: number;
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    name: string;
                                    officeId: string;
                                    readRate: number | null;
                                    reads: number;
                                    sent: number;
                                }[];
                                reminders: {
                                    byChannel: {
                                        channel: string;
                                        count: number;
                                        outcome: string;
                                    }[];
                                    byOutcome: {
                                        count: number;
                                        outcome: string;
                                    }[];
                                    total: number;
                                };
                                to: string;
                            } | {
                                /**
                                 * @description Each learner's first graded attempt
                                 * @enum {string}
                                 */
                                attemptsUsed: "first";
                                course: {
                                    id: string;
                                    title: string;
                                };
                                quizzes: {
                                    attempts: number;
                                    /** @enum {string} */
                                    kind: "module" | "final";
                                    questions: {
                                        attempts: number;
                                        /** @description Discrimination index (%), Fisher's z interval */
                                        discrimination: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        /** @description Discriminative efficiency (%) */
                                        efficiency: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        /** @description Facility index (%), Wilson's interval */
                                        facility: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        fewAttempts: boolean;
                                        flagged: boolean;
                                        questionId: string;
                                        reasons: ("low_efficiency" | "negative_discrimination")[];
                                        sd: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        stem: string;
                                    }[];
                                    quiz: {
                                        /** @description Cronbach's alpha (%), Feldt's interval */
                                        alpha: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        attempts: number;
                                        errorRatio: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        fewAttempts: boolean;
                                        meanTotal: number | null;
                                        positions: number;
                                        sdTotal: number | null;
                                        standardError: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                    };
                                    quizId: string;
                                    skippedWithoutAnswers: number;
                                    title: string;
                                }[];
                            }) | null;
                            requestedAt: string;
                            /**
                             * @description lost: Redis lost the job before it finished (ask again); a finished report is kept in MongoDB and survives Redis
                             * @enum {string}
                             */
                            state: "queued" | "running" | "done" | "failed" | "lost";
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed (XLSX: admins and editors), or the office is outside my subtree: `office_out_of_scope` */
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
                /** @description No such campaign or course in my reach */
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
                /** @description Redis or MongoDB unavailable */
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
    "/api/admin/reports/stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A campaign's stages per office: done, open and late; the late enterprises with their contacts' reach (mini-program, bot or none). Answers directly for any office; for a subtree of more than 32 offices (a city), or the funnel and question quality of a district, use POST …/jobs and poll the job */
        get: {
            parameters: {
                query?: {
                    campaignId?: string;
                    format?: "json" | "xlsx";
                    officeId?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Counts, and a page of late enterprises (most late first); phones masked for viewers (?format=xlsx: every late enterprise) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaign: {
                                closed: boolean;
                                id: string;
                                name: string;
                                year: number;
                            };
                            late: {
                                byReach: {
                                    bot: number;
                                    mp: number;
                                    none: number;
                                };
                                items: {
                                    contacts: {
                                        bot: boolean;
                                        miniProgram: boolean;
                                        name: string;
                                        phone: string;
                                        /** @enum {string} */
                                        reach: "mp" | "bot" | "none";
                                    }[];
                                    daysLate: number;
                                    deadline: string;
                                    enterpriseId: string;
                                    enterpriseName: string;
                                    officeId: string;
                                    officeName: string;
                                    /** @enum {string} */
                                    reach: "mp" | "bot" | "none";
                                    /** @enum {string} */
                                    stage: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming";
                                    stageName: string;
                                }[];
                                page: number;
                                pageSize: number;
                                total: number;
                            };
                            rows: {
                                code: string;
                                done: number;
                                /** @enum {string} */
                                kind: "office" | "child";
                                late: number;
                                name: string;
                                officeId: string;
                                open: number;
                                /** @enum {string} */
                                stage: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming";
                                stageName: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed (XLSX: admins and editors), or the office is outside my subtree: `office_out_of_scope` */
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
                /** @description No such campaign or course in my reach */
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
    "/api/admin/reports/stages/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Builds the stages report in a queue job: the GET's filters in the body, checked against my scope at once; poll GET /api/admin/reports/jobs/{id} for its progress and the report */
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
                        /** @description Default: the newest open campaign */
                        campaignId?: string;
                        /** @description An office of my subtree (default: my own); rows for it and each child office, rolled up over subtrees */
                        officeId?: string;
                    };
                };
            };
            responses: {
                /** @description Queued (Location: the job) */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string | null;
                            filters: {
                                campaignId?: string;
                                courseId?: string;
                                from?: string;
                                officeId?: string;
                                quizId?: string;
                                to?: string;
                            };
                            finishedAt: string | null;
                            /** @description The job id: GET /api/admin/reports/jobs/{id} */
                            id: string;
                            /** @enum {string} */
                            kind: "participation" | "levels" | "funnel" | "stages" | "deliveries" | "questions";
                            /** @description 0–100: the share of the report’s reads done */
                            progress: number;
                            /** @description When done: what the GET of this kind answers (stages: a page of the late enterprises) */
                            report: ({
                                campaign: {
                                    closed: boolean;
                                    id: string;
                                    name: string;
                                    year: number;
                                };
                                rows: {
                                    code: string;
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    meetsTarget: boolean;
                                    name: string;
                                    officeId: string;
                                    participating: number;
                                    ratio: number | null;
                                    target: number;
                                    unionised: number;
                                }[];
                                target: number;
                            } | {
                                campaign: {
                                    closed: boolean;
                                    id: string;
                                    name: string;
                                    year: number;
                                };
                                rows: {
                                    city: number;
                                    code: string;
                                    district: number;
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    levelled: number;
                                    meetsTarget: boolean;
                                    name: string;
                                    officeId: string;
                                    participating: number;
                                    share: number | null;
                                    target: number;
                                    town: number;
                                }[];
                                target: number;
                            } | {
                                byCohort: {
                                    cohort: string;
                                    conversion: {
                                        bound: number | null;
                                        certificate: number | null;
                                        finalExam: number | null;
                                        lessons: number | null;
                                        moduleQuizzes: number | null;
                                    };
                                    counts: {
                                        bound: number;
                                        certificate: number;
                                        finalExam: number;
                                        imported: number;
                                        lessons: number;
                                        moduleQuizzes: number;
                                    };
                                }[];
                                byOffice: {
                                    code: string;
                                    conversion: {
                                        bound: number | null;
                                        certificate: number | null;
                                        finalExam: number | null;
                                        lessons: number | null;
                                        moduleQuizzes: number | null;
                                    };
                                    counts: {
                                        bound: number;
                                        certificate: number;
                                        finalExam: number;
                                        imported: number;
                                        lessons: number;
                                        moduleQuizzes: number;
                                    };
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    name: string;
                                    officeId: string;
                                }[];
                                course: {
                                    id: string;
                                    title: string;
                                };
                                steps: {
                                    key: string;
                                    name: string;
                                }[];
                                stuck: {
                                    instructors: {
                                        cohort: string;
                                        days: number;
                                        id: string;
                                        maskedName: string;
                                        officeId: string;
                                        officeName: string;
                                        phone: string;
                                        since: string;
                                    }[];
                                    step: string;
                                    stepName: string;
                                    total: number;
                                }[];
                            } | {
                                campaign: {
                                    closed: boolean;
                                    id: string;
                                    name: string;
                                    year: number;
                                };
                                late: {
                                    byReach: {
                                        bot: number;
                                        mp: number;
                                        none: number;
                                    };
                                    items: {
                                        contacts: {
                                            bot: boolean;
                                            miniProgram: boolean;
                                            name: string;
                                            phone: string;
                                            /** @enum {string} */
                                            reach: "mp" | "bot" | "none";
                                        }[];
                                        daysLate: number;
                                        deadline: string;
                                        enterpriseId: string;
                                        enterpriseName: string;
                                        officeId: string;
                                        officeName: string;
                                        /** @enum {string} */
                                        reach: "mp" | "bot" | "none";
                                        /** @enum {string} */
                                        stage: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming";
                                        stageName: string;
                                    }[];
                                    page: number;
                                    pageSize: number;
                                    total: number;
                                };
                                rows: {
                                    code: string;
                                    done: number;
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    late: number;
                                    name: string;
                                    officeId: string;
                                    open: number;
                                    /** @enum {string} */
                                    stage: "apply" | "self_check" | "review" | "evaluation" | "notice" | "naming";
                                    stageName: string;
                                }[];
                            } | {
                                broadcasts: {
                                    byChannel: {
                                        channel: string;
                                        count: number;
                                        outcome: string;
                                    }[];
                                    byOutcome: {
                                        count: number;
                                        outcome: string;
                                    }[];
                                    deliveries: number;
                                    total: number;
                                };
                                from: string;
                                reads: {
                                    code: string;
                                    deliveries: number;
                                    /** @enum {string} */
                                    kind: "office" | "child";
                                    name: string;
                                    officeId: string;
                                    readRate: number | null;
                                    reads: number;
                                    sent: number;
                                }[];
                                reminders: {
                                    byChannel: {
                                        channel: string;
                                        count: number;
                                        outcome: string;
                                    }[];
                                    byOutcome: {
                                        count: number;
                                        outcome: string;
                                    }[];
                                    total: number;
                                };
                                to: string;
                            } | {
                                /**
                                 * @description Each learner's first graded attempt
                                 * @enum {string}
                                 */
                                attemptsUsed: "first";
                                course: {
                                    id: string;
                                    title: string;
                                };
                                quizzes: {
                                    attempts: number;
                                    /** @enum {string} */
                                    kind: "module" | "final";
                                    questions: {
                                        attempts: number;
                                        /** @description Discrimination index (%), Fisher's z interval */
                                        discrimination: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        /** @description Discriminative efficiency (%) */
                                        efficiency: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        /** @description Facility index (%), Wilson's interval */
                                        facility: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        fewAttempts: boolean;
                                        flagged: boolean;
                                        questionId: string;
                                        reasons: ("low_efficiency" | "negative_discrimination")[];
                                        sd: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        stem: string;
                                    }[];
                                    quiz: {
                                        /** @description Cronbach's alpha (%), Feldt's interval */
                                        alpha: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        attempts: number;
                                        errorRatio: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                        fewAttempts: boolean;
                                        meanTotal: number | null;
                                        positions: number;
                                        sdTotal: number | null;
                                        standardError: {
                                            high: number | null;
                                            /** @description 95% interval */
                                            low: number | null;
                                            value: number | null;
                                        };
                                    };
                                    quizId: string;
                                    skippedWithoutAnswers: number;
                                    title: string;
                                }[];
                            }) | null;
                            requestedAt: string;
                            /**
                             * @description lost: Redis lost the job before it finished (ask again); a finished report is kept in MongoDB and survives Redis
                             * @enum {string}
                             */
                            state: "queued" | "running" | "done" | "failed" | "lost";
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed (XLSX: admins and editors), or the office is outside my subtree: `office_out_of_scope` */
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
                /** @description No such campaign or course in my reach */
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
                /** @description Redis or MongoDB unavailable */
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
    "/api/admin/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Group chats of my subtree, and those not yet given an office */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description List */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                officeId: string | null;
                                topic: string;
                                wecomWebhook: string | null;
                            }[];
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed, audience outside my subtree, or approving my own */
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
                /** @description Not found in my scope */
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
    "/api/admin/rooms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Give a group chat an office of my subtree and its WeCom group robot webhook (admin) */
        put: {
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
                        officeId: string;
                        /**
                         * Format: uri
                         * @default null
                         */
                        wecomWebhook?: string | null;
                    };
                };
            };
            responses: {
                /** @description Assigned */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            officeId: string | null;
                            topic: string;
                            wecomWebhook: string | null;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed, audience outside my subtree, or approving my own */
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
                /** @description Not found in my scope */
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List staff of my subtree (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Staff */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                id: string;
                                name: string;
                                officeId: string;
                                /** @enum {string} */
                                role: "admin" | "editor" | "viewer";
                                username: string;
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
                /** @description Admins only */
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
                /** @description Not found in your scope */
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
        /** Create a staff account in an office of my subtree (admin) */
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
                        name: string;
                        officeId: string;
                        password: string;
                        /** @enum {string} */
                        role: "admin" | "editor" | "viewer";
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            id: string;
                            name: string;
                            officeId: string;
                            /** @enum {string} */
                            role: "admin" | "editor" | "viewer";
                            username: string;
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
                /** @description Admins only */
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
                /** @description Not found in your scope */
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
                /** @description Username taken */
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
    "/api/admin/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a staff account: name, role, active, password (admin) */
        patch: {
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
                        active?: boolean;
                        name?: string;
                        password?: string;
                        /** @enum {string} */
                        role?: "admin" | "editor" | "viewer";
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            id: string;
                            name: string;
                            officeId: string;
                            /** @enum {string} */
                            role: "admin" | "editor" | "viewer";
                            username: string;
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
                /** @description Admins only */
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
                /** @description Not found in your scope */
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
        trace?: never;
    };
    "/api/admin/staff/{id}/bind-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A one-time code for this staff member to bind their WeChat in the bot's private chat (绑定 CODE), for the admin commands 待审/审批/驳回 (admin) */
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
                /** @description The code (earlier ones no longer work) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
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
                /** @description Admins only */
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
                /** @description Not found in your scope */
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
    "/api/admin/wrong-book/most-missed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A course's most-missed questions per module (and the final exam), counted from the wrong answers of learners in my subtree (practice, quizzes, exam and review) */
        get: {
            parameters: {
                query: {
                    courseId: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Per module, most missed first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            courseId: string;
                            modules: {
                                moduleId: string | null;
                                questions: {
                                    learners: number;
                                    questionId: string;
                                    stem: string;
                                    /** @enum {string} */
                                    type: "single" | "multiple" | "truefalse";
                                    wrongs: number;
                                }[];
                                title: string;
                            }[];
                            title: string;
                        };
                    };
                };
                /** @description Invalid input */
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
                /** @description Role not allowed */
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
                /** @description No such course */
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
