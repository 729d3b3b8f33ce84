// Block devices and images, as named on a line.

export function isBlockDevice(path: string): boolean {
  return /^\/dev\/(?:sd[a-z]|hd[a-z]|vd[a-z]|xvd[a-z]|nvme\d|mmcblk\d|disk\d|rdisk\d|md\d|dm-\d|mapper\/|loop\d|sr\d|[a-z]+\/by-)/.test(path) || /^\/dev\/sdX/i.test(path);
}
