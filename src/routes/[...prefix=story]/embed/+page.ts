// The whole story's embed lives at /embed/ (a folder of its own beside the chapter cards).
export const trailingSlash = 'always';
