/** The Go reference vectors, a text module in the workerd config (see config.ts). */
declare module 'vectors' {
  const text: string;
  export default text;
}
