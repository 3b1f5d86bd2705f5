// On its own so that `LazyTooltip` can fetch it apart from the page's code.
export { Tooltip } from '@mantine/core';
