import { Anchor, Box, Code, List, Text, Title } from "@mantine/core";
import { Fragment, useMemo } from "react";
import { type Inline, parseMarkdown } from "./markdown.ts";

function Inlines({ nodes }: { nodes: Inline[] }) {
  return (
    <>
      {nodes.map((node, i) => {
        const key = `${i}-${node.type}`;
        switch (node.type) {
          case "text":
            return <Fragment key={key}>{node.text}</Fragment>;
          case "strong":
            return (
              <strong key={key}>
                <Inlines nodes={node.children} />
              </strong>
            );
          case "em":
            return (
              <em key={key}>
                <Inlines nodes={node.children} />
              </em>
            );
          case "code":
            return <Code key={key}>{node.text}</Code>;
          case "link":
            return (
              <Anchor key={key} href={node.href} target="_blank" rel="noopener noreferrer">
                <Inlines nodes={node.children} />
              </Anchor>
            );
          default:
            return null;
        }
      })}
    </>
  );
}

/** A preparation page's Markdown, rendered as text (see markdown.ts: HTML is never run). */
export function Markdown({ source }: { source: string }) {
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  return (
    <Box>
      {blocks.map((block, i) => {
        const key = `${i}-${block.type}`;
        if (block.type === "heading") {
          return (
            <Title key={key} order={(block.level + 1) as 3 | 4 | 5}>
              <Inlines nodes={block.children} />
            </Title>
          );
        }
        if (block.type === "list") {
          return (
            <List key={key} type={block.ordered ? "ordered" : "unordered"} mb="sm">
              {block.items.map((item, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: items come from the text; their place is who they are
                <List.Item key={`${key}-${j}`}>
                  <Inlines nodes={item} />
                </List.Item>
              ))}
            </List>
          );
        }
        return (
          <Text key={key} mb="sm">
            <Inlines nodes={block.children} />
          </Text>
        );
      })}
    </Box>
  );
}
