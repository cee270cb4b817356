// Photos are made smaller on the device before they are stored: a tablet camera photo is often
// 5–10 MB, which fills storage and is slow to send. Drawing the photo onto a canvas and encoding a
// new JPEG also drops all its metadata, including where it was taken (GPS location).

export interface Photo {
  bytes: ArrayBuffer;
  mime: string;
  width: number;
  height: number;
}

export const MAX_PHOTO_SIDE = 1600;

export async function resizePhoto(
  file: Blob,
  maxSide = MAX_PHOTO_SIDE,
  quality = 0.85,
): Promise<Photo> {
  // from-image: turn the photo the way the camera held it (EXIF orientation) before dropping EXIF.
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas');
  ctx.fillStyle = '#ffffff'; // transparent PNGs become white, not black, as JPEG
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) =>
    canvas.toBlob(resolve, 'image/jpeg', quality),
  );
  if (!blob) throw new Error('Could not encode the photo');
  return { bytes: await blob.arrayBuffer(), mime: 'image/jpeg', width, height };
}
