export const MY_PHOTOS_PATH = '/pictures';
